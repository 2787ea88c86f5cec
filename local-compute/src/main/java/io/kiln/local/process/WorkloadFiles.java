package io.kiln.local.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a workload's output and exit code go: {@code KILN_HOME/local/<key>/log} and {@code .../exit}. */
public class WorkloadFiles {
  private final Path base;

  public WorkloadFiles(Path base) {
    this.base = base;
  }

  public Path folder(String key) {
    Path folder = base.resolve(key.replaceAll("[^A-Za-z0-9._-]", "_"));
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  public Path log(String key) {
    return folder(key).resolve("log");
  }

  public Path exit(String key) {
    return folder(key).resolve("exit");
  }

  /** The exit code the wrapper wrote when the command ended; empty when it was killed with it (or is running). */
  public Optional<Integer> exitCode(String key) {
    try {
      Path exit = exit(key);
      return Files.exists(exit) ? Optional.of(Integer.parseInt(Files.readString(exit).trim())) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The last {@code limit} bytes of the log. */
  public String tail(String key, int limit) {
    Path log = log(key);
    if (!Files.exists(log)) {
      return "";
    }
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(0, file.length() - limit);
      byte[] bytes = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
