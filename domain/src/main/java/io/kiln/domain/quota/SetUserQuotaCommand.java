package io.kiln.domain.quota;

import io.kiln.domain.user.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A quota for one user instead of the default. */
public record SetUserQuotaCommand(@TargetAggregateIdentifier UserId userId, long cpuMillis, long memoryMiB,
                                  int gpus) {}
