package io.kiln.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.projectors.Replays;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties a projection's tables, replays it from the first event and expects the very rows it held before. */
public final class Rebuilds {
  private final Replays replays;
  private final JdbcTemplate jdbc;

  public Rebuilds(Replays replays, JdbcTemplate jdbc) {
    this.replays = replays;
    this.jdbc = jdbc;
  }

  public void rebuildsIdentically(String group, String... tables) {
    await().atMost(Duration.ofSeconds(20)).until(() -> replays.caughtUp(group));
    List<List<Map<String, Object>>> before = snapshot(tables);
    assertThat(before).allSatisfy(rows -> assertThat(rows).isNotEmpty());
    for (String table : tables) {
      jdbc.execute("truncate " + table);
    }
    assertThat(snapshot(tables)).allSatisfy(rows -> assertThat(rows).isEmpty());
    replays.replay(group);
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(replays.caughtUp(group)).isTrue();
      assertThat(snapshot(tables)).isEqualTo(before);
    });
  }

  private List<List<Map<String, Object>>> snapshot(String... tables) {
    return Arrays.stream(tables).map(t -> jdbc.queryForList("select * from " + t + " order by 1, 2")).toList();
  }
}
