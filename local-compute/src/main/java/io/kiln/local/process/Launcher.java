package io.kiln.local.process;

import io.kiln.infra.files.ProjectFiles;
import io.kiln.local.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts a workload as a process in its project's folder, through a small {@code sh} wrapper that writes the exit
 * code to a file (so an exit is known even when Kiln was down), with output appended to the workload's log file.
 * The environment is the job's, over a few harmless variables of Kiln's own ({@code PATH}, {@code HOME}, locale):
 * Kiln's secrets never reach user code.
 */
public class Launcher {
  private static final Set<String> INHERITED = Set.of("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR",
      "USER", "LOGNAME", "SHELL");
  private static final String WRAPPER = "\"$@\"; code=$?; echo $code > \"$KILN_EXIT_FILE.tmp\" "
      + "&& mv \"$KILN_EXIT_FILE.tmp\" \"$KILN_EXIT_FILE\"; exit $code";
  private final ProjectFiles projects;
  private final WorkloadFiles files;

  public Launcher(ProjectFiles projects, WorkloadFiles files) {
    this.projects = projects;
    this.files = files;
  }

  public record Launched(long pid, Instant startedAt, Integer port) {}

  public Launched launch(Workload w, LocalRuntime runtime) {
    Path directory = w.spec().workingDirectory() != null ? Path.of(w.spec().workingDirectory())
        : projects.folder(w.spec().projectId());
    Integer port = w.kind().servesHttp() ? Ports.free() : null;
    List<String> command = CommandLines.of(w, runtime, port == null ? 0 : port, directory);
    List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", WRAPPER, "kiln-workload"));
    wrapped.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(wrapped).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log(w.key()).toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> !INHERITED.contains(name));
    if (w.spec().environment() != null) {
      env.putAll(w.spec().environment());
    }
    env.put("PYTHONUNBUFFERED", "1");
    env.put("KILN_EXIT_FILE", files.exit(w.key()).toString());
    env.put("KILN_PROJECT_ID", w.spec().projectId());
    env.put("KILN_WORKLOAD", w.key());
    if (port != null) {
      env.put("PORT", port.toString());
    }
    try {
      Files.deleteIfExists(files.exit(w.key()));
      Process process = builder.start();
      return new Launched(process.pid(), ProcessTree.startOf(process.toHandle()), port);
    } catch (IOException e) {
      throw new LaunchRefused("Could not start " + command.get(0) + ": " + e.getMessage());
    }
  }
}
