package io.kiln.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What to run: {@code bench.threads} (comma-separated, default 1,4), {@code bench.warmup-seconds} (15),
 * {@code bench.seconds} (20, measured time per side and thread count), {@code bench.home} (where an embedded
 * PostgreSQL lives) and {@code bench.output} (the JSON report). Each is read from an argument
 * {@code --bench.x=value} first, then from the system property.
 */
public record BenchSettings(List<Integer> threads, Duration warmup, Duration measured, Path home, Path output) {

  public static BenchSettings from(String[] args) {
    return new BenchSettings(
        Arrays.stream(setting(args, "bench.threads", "1,4").split(",")).map(String::trim).map(Integer::valueOf)
            .toList(),
        seconds(setting(args, "bench.warmup-seconds", "15")),
        seconds(setting(args, "bench.seconds", "20")),
        Path.of(setting(args, "bench.home", "target/bench-home")),
        Path.of(setting(args, "bench.output", "target/create-project.json")));
  }

  private static String setting(String[] args, String name, String fallback) {
    String prefix = "--" + name + "=";
    return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
        .reduce((first, last) -> last)
        .orElse(System.getProperty(name, fallback));
  }

  private static Duration seconds(String value) {
    return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
  }
}
