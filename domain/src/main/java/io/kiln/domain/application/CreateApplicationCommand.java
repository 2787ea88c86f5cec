package io.kiln.domain.application;

import java.util.Map;
import io.kiln.domain.workload.StartsWorkload;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an application and start it. */
public record CreateApplicationCommand(@TargetAggregateIdentifier ApplicationId applicationId, String projectId,
                                       String name, String subdomain, String script, String runtimeId,
                                       String profileId, Map<String, String> environment) implements StartsWorkload {}
