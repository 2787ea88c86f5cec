package io.kiln.domain.quota;

import io.kiln.domain.user.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The user goes back to the default quota. */
public record ResetUserQuotaCommand(@TargetAggregateIdentifier UserId userId) {}
