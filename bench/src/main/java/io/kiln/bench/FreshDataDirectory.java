package io.kiln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.util.FileSystemUtils;

/**
 * The bench's own embedded PostgreSQL starts from an empty data directory on every run: same starting point for
 * every run, and never a schema history from older migrations. Its unpacked binaries are kept.
 */
final class FreshDataDirectory {
  private FreshDataDirectory() {}

  static void prepare(Path home) throws IOException {
    Path data = home.resolve("postgres").resolve("data");
    stopLeftoverServer(data);
    FileSystemUtils.deleteRecursively(data);
  }

  /** A server still running on the directory belongs to a benchmark that was killed. */
  private static void stopLeftoverServer(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    parsePid(Files.readAllLines(pidFile).stream().findFirst().orElse(""))
        .flatMap(ProcessHandle::of)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .ifPresent(p -> {
          p.destroy();
          p.onExit().join();
        });
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
