package io.kiln.web.support;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
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
  private static final ClusterFaults faults = new ClusterFaults();
  private static final PodLogs logs = new PodLogs();

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

  /** Failures the cluster answers to Kiln's client (the tests' client is never failed). */
  public static synchronized ClusterFaults faults() {
    start();
    return faults;
  }

  /** Logs the cluster's pods have written. */
  public static synchronized PodLogs logs() {
    start();
    return logs;
  }

  private static void start() {
    if (server == null) {
      server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
          new ClusterDispatcher(new KubernetesCrudDispatcher(), faults, logs), false);
      server.init();
      client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(server.createClient().getConfiguration())
          .withUserAgent(ClusterDispatcher.TEST_AGENT).build()).build();
      kubelet = new TestKubelet(client);
    }
  }
}
