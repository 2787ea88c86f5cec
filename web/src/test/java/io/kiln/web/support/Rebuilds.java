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
    awaitQuiet(group);
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

  /**
   * Caught up, and no event stored for a second: what the suite set off (an effector's report, a queue's release)
   * lands before the snapshot, not between the snapshot and the replay.
   */
  private void awaitQuiet(String group) {
    long[] last = {-1};
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      long head = jdbc.queryForObject("select coalesce(max(position), 0) from eventstore.events", Long.class);
      boolean quiet = head == last[0] && replays.caughtUp(group);
      last[0] = head;
      return quiet;
    });
  }

  private List<List<Map<String, Object>>> snapshot(String... tables) {
    return Arrays.stream(tables).map(t -> jdbc.queryForList("select * from " + t + " order by 1, 2")).toList();
  }
}
