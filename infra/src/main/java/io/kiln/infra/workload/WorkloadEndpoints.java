package io.kiln.infra.workload;

import java.net.URI;
import java.util.Optional;

/**
 * The port a compute engine implements so that Kiln's proxy can reach the HTTP server of a session or an application
 * it runs: where it answers now, and whether it expects the proxy's path prefix ({@code /sessions/<id>/},
 * {@code /apps/<subdomain>/}) kept (an editor started with its base URL) or cut off.
 */
public interface WorkloadEndpoints {
  /** Where it answers, whether it keeps the prefix, and whose it is (for the proxy's access check). */
  record Endpoint(URI base, boolean keepsPrefix, String projectId, String ownerId) {}

  Optional<Endpoint> session(String sessionId);

  Optional<Endpoint> application(String subdomain);
}
