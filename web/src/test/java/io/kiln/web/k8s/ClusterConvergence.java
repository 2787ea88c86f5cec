package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Compares what Kiln wants (its desired objects) with what the cluster holds, for the objects a test watches. */
final class ClusterConvergence {
  private final JdbcTemplate jdbc;
  private final KubernetesClient cluster;

  ClusterConvergence(JdbcTemplate jdbc, KubernetesClient cluster) {
    this.jdbc = jdbc;
    this.cluster = cluster;
  }

  /** The keys of the desired objects whose key mentions any of {@code ids}. */
  List<String> keysMentioning(List<String> ids) {
    return jdbc.queryForList("select object_key from eventstore.k8s_object where present and object_key like any (?)",
        String.class, (Object) ids.stream().map(id -> "%" + id + "%").toArray(String[]::new));
  }

  long pending(List<String> keys) {
    return jdbc.queryForObject("select count(*) from eventstore.k8s_object where object_key = any (?) "
        + "and applied_generation < generation", Long.class, (Object) keys.toArray(String[]::new));
  }

  /** Every wanted object exists in the cluster as Kiln last applied it (its labels at least). */
  void assertConverged(List<String> keys) {
    assertThat(pending(keys)).as("objects not yet applied").isZero();
    for (Map<String, Object> row : jdbc.queryForList("select object_key, manifest from eventstore.k8s_object "
        + "where object_key = any (?)", (Object) keys.toArray(String[]::new))) {
      HasMetadata wanted = Serialization.unmarshal((String) row.get("manifest"), HasMetadata.class);
      HasMetadata actual = cluster.resource(wanted).get();
      assertThat(actual).as("%s in the cluster", row.get("object_key")).isNotNull();
      assertThat(actual.getMetadata().getLabels()).as("%s labels", row.get("object_key"))
          .containsAllEntriesOf(wanted.getMetadata().getLabels());
    }
  }
}
