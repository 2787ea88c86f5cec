package io.kiln.infra.workload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last {@value #LIMIT} bytes of the log of every finished job-run attempt, build, session and replica, kept in
 * PostgreSQL ({@code eventstore.kept_log}) once the workload ended, so its log outlives the pod or process.
 */
public class KeptLogs {
  public static final int LIMIT = 1024 * 1024;
  private final JdbcTemplate jdbc;

  public KeptLogs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps the tail of the log (cut at a line start when the log is longer than the limit); replaces what was kept. */
  public void keep(LogTarget target, String log) {
    byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
    boolean truncated = bytes.length > LIMIT;
    String kept = truncated ? tail(bytes) : log;
    jdbc.update("""
        insert into eventstore.kept_log (kind, id, attempt, replica, log, truncated, kept_at)
        values (?, ?, ?, ?, ?, ?, now())
        on conflict (kind, id, attempt, replica)
        do update set log = excluded.log, truncated = excluded.truncated, kept_at = excluded.kept_at""",
        target.kind().name(), target.id(), key(target.attempt()), key(target.replica()), kept, truncated);
  }

  public Optional<String> read(LogTarget target) {
    return jdbc.query("select log from eventstore.kept_log where kind = ? and id = ? and attempt = ? and replica = ?",
        (rs, n) -> rs.getString(1), target.kind().name(), target.id(), key(target.attempt()),
        key(target.replica())).stream().findFirst();
  }

  private static int key(Integer value) {
    return value == null ? 0 : value;
  }

  private static String tail(byte[] bytes) {
    int start = bytes.length - LIMIT;
    while (start < bytes.length && (bytes[start] & 0xC0) == 0x80) {
      start++;
    }
    String text = new String(Arrays.copyOfRange(bytes, start, bytes.length), StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    return newline >= 0 && newline < text.length() - 1 ? text.substring(newline + 1) : text;
  }
}
