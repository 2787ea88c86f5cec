package io.kiln.domain.application;

import io.kiln.domain.workload.Resources;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** An application was created and is STARTING with what it was started with. */
@Revision("1")
public record ApplicationCreatedEvent(String applicationId, String projectId, String ownerId, String name,
                                      String subdomain, String script, String runtimeId, String runtimeName,
                                      String image, boolean runtimeDeprecated, String profileId, String profileName,
                                      Resources resources, Map<String, String> environment) {}
