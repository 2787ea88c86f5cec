package io.kiln.local.builds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Makes a Python virtual environment and installs a requirements file into it, within a time limit. */
final class Venvs {
  private static final int TAIL = 8192;

  private Venvs() {}

  /** {@code started} is told of each process as it starts (so that a cancelled build can kill it). */
  static void make(Path venv, Path requirements, Path workingDirectory, Path log, Duration timeout,
                   Consumer<Process> started) throws BuildFailure, IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    run(List.of("python3", "-m", "venv", venv.toString()), workingDirectory, log, deadline,
        "python3 could not make a virtual environment (is python3 with its venv module on the PATH?)", started);
    if (requirements != null) {
      run(List.of(venv.resolve("bin").resolve("pip").toString(), "install", "--disable-pip-version-check",
          "-r", requirements.toString()), workingDirectory, log, deadline, "pip install failed", started);
    }
  }

  private static void run(List<String> command, Path directory, Path log, long deadline, String failure,
                          Consumer<Process> started) throws BuildFailure, IOException, InterruptedException {
    Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    Process process;
    try {
      process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    } catch (IOException e) {
      throw new BuildFailure(failure + ": " + e.getMessage(), tail(log), false);
    }
    started.accept(process);
    long left = deadline - System.nanoTime();
    if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new BuildFailure("Timed out: " + command.get(0) + " was still running", tail(log), true);
    }
    if (process.exitValue() != 0) {
      throw new BuildFailure(failure + " (exit code " + process.exitValue() + ")", tail(log), false);
    }
  }

  static String tail(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > TAIL ? text.substring(text.length() - TAIL) : text;
    } catch (IOException e) {
      return null;
    }
  }
}
