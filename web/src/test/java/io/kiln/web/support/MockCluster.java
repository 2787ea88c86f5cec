package io.kiln.web.support;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;

/**
 * The cluster the suite's Kiln drives: fabric8's mock API server in CRUD mode, one per test JVM, with a test kubelet
 * that moves pods through their phases when a test asks it to.
 */
public final class MockCluster {
  private static KubernetesMockServer server;
  private static KubernetesClient client;
  private static TestKubelet kubelet;

  private MockCluster() {}

  public static synchronized String url() {
    start();
    return server.url("/");
  }

  public static synchronized KubernetesClient client() {
    start();
    return client;
  }

  public static synchronized TestKubelet kubelet() {
    start();
    return kubelet;
  }

  private static void start() {
    if (server == null) {
      server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
          new KubernetesCrudDispatcher(), false);
      server.init();
      client = server.createClient();
      kubelet = new TestKubelet(client);
    }
  }
}
