package io.kiln.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A workload's process and its descendants, found again by pid and start time (a reused pid is someone else). */
public final class ProcessTree {
  private static final Duration SAME_START = Duration.ofSeconds(1);

  private ProcessTree() {}

  /** The live process with this pid that started at {@code startedAt}; empty when it is gone or the pid was reused. */
  public static Optional<ProcessHandle> find(Long pid, Instant startedAt) {
    if (pid == null || startedAt == null) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().startInstant().map(s -> Duration.between(s, startedAt).abs().compareTo(SAME_START) < 0)
            .orElse(false));
  }

  public static Instant startOf(ProcessHandle process) {
    return process.info().startInstant().orElseGet(Instant::now);
  }

  /** Asks the whole tree to end, then kills what is left after {@code grace}: descendants first, the root last. */
  public static void kill(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = tree(root);
    tree.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plus(grace);
    while (tree.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    tree(root).forEach(ProcessHandle::destroyForcibly);
    tree.forEach(ProcessHandle::destroyForcibly);
  }

  /** Resident memory of the tree in MiB, from {@code /proc} (0 where there is no {@code /proc}). */
  public static long residentMiB(ProcessHandle root) {
    return tree(root).stream().mapToLong(ProcessTree::residentKiB).sum() / 1024;
  }

  private static List<ProcessHandle> tree(ProcessHandle root) {
    return Stream.concat(root.descendants(), Stream.of(root)).toList();
  }

  private static long residentKiB(ProcessHandle process) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
