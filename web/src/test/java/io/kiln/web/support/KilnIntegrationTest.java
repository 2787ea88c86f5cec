package io.kiln.web.support;

import io.kiln.infra.testdb.TestDatabase;
import java.time.Duration;
import io.kiln.web.KilnApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Kiln as it runs: the whole application on a random port, called over real HTTP, on real PostgreSQL. Every subclass
 * shares one application context (same configuration), so the suite starts Kiln once.
 */
@SpringBootTest(classes = KilnApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kiln.bootstrap.admin-key=" + KilnIntegrationTest.ADMIN_KEY, "kiln.home=target/kiln-home",
        "logging.level.io.fabric8.mockwebserver=warn",
        "kiln.webhooks.allow-http=true", "kiln.webhooks.allow-loopback=true", "kiln.webhooks.max-attempts=4",
        "kiln.webhooks.initial-backoff=100ms", "kiln.webhooks.timeout=2s", "kiln.audit.seal-interval=200ms",
        "kiln.grpc.port=0", "kiln.files.root=target/kiln-home/project-files"})
public abstract class KilnIntegrationTest {
  public static final String ADMIN_KEY = "kiln_integration-test-admin-key";

  @Autowired
  protected WebTestClient web;

  @Autowired
  protected JdbcTemplate jdbc;

  protected Api api;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
    registry.add("kiln.compute", () -> "kubernetes");
    registry.add("kiln.k8s.master-url", MockCluster::url);
    registry.add("kiln.k8s.nfs-server", () -> "nfs.kiln.test");
    // the mock API server is in-process: the real clusters' default of 20 calls a second would make the suite's
    // hundreds of users and their namespaces a backlog that every later workload waits behind
    registry.add("kiln.k8s.requests-per-second", () -> "200");
  }

  @BeforeEach
  void api() {
    api = new Api(web.mutate().responseTimeout(Duration.ofSeconds(30)).build());
  }

  /** Events people caused; what Kiln's own processes (effectors, schedules, queues) write comes on its own time. */
  protected long eventCount() {
    return jdbc.queryForObject("select count(*) from eventstore.events "
        + "where coalesce(metadata ->> 'actor', '') not like 'system:%'", Long.class);
  }
}
