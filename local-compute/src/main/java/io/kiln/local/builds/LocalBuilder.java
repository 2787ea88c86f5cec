package io.kiln.local.builds;

import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.ReportBuildFailedCommand;
import io.kiln.domain.build.ReportBuildRunningCommand;
import io.kiln.domain.build.ReportBuildSucceededCommand;
import io.kiln.infra.files.ProjectFiles;
import io.kiln.local.LocalReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs admitted builds on this machine, in {@code KILN_HOME/builds/<buildId>/}: a model build snapshots the project's
 * files ({@code local-snapshot:<buildId>}); a runtime build makes a virtual environment with the project's
 * requirements ({@code local-venv:<path>}). Application images need a container builder: refused.
 */
public class LocalBuilder {
  public static final String SNAPSHOT = "local-snapshot:";
  public static final String VENV = "local-venv:";
  private static final Logger log = LoggerFactory.getLogger(LocalBuilder.class);
  private static final Duration LONGEST = Duration.ofMinutes(60);
  private final LocalBuilds builds;
  private final ProjectFiles projects;
  private final Path root;
  private final LocalReports reports;
  private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "kiln-local-build");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Process> processes = new ConcurrentHashMap<>();
  private boolean recovered;

  public LocalBuilder(LocalBuilds builds, ProjectFiles projects, Path root, LocalReports reports) {
    this.builds = builds;
    this.projects = projects;
    this.root = root;
    this.reports = reports;
  }

  public static Path snapshot(Path root, String buildId) {
    return root.resolve(buildId).resolve("files");
  }

  /** Called by the supervisor (the lock holder) on every tick: starts what the queue admitted. */
  public void poll() {
    if (!recovered) {
      builds.interrupted().forEach(id -> reports.send(new ReportBuildFailedCommand(new BuildId(id),
          "Kiln stopped while the build ran", null, false)));
      recovered = true;
    }
    if (!processes.isEmpty()) {
      builds.ended(processes.keySet()).forEach(this::kill);
    }
    for (BuildRequestedEvent build : builds.admitted()) {
      if (builds.claim(build.buildId())) {
        workers.submit(() -> run(build));
      }
    }
  }

  /** A build that ended while its process runs (cancelled): its process tree is killed, descendants first. */
  private void kill(String buildId) {
    Process process = processes.remove(buildId);
    if (process != null) {
      log.info("Build {} ended while running; killing its process {}", buildId, process.pid());
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private void run(BuildRequestedEvent build) {
    try {
      build(build);
    } finally {
      processes.remove(build.buildId());
    }
  }

  private void build(BuildRequestedEvent build) {
    BuildId id = new BuildId(build.buildId());
    reports.send(new ReportBuildRunningCommand(id));
    try {
      Path folder = root.resolve(build.buildId());
      Files.createDirectories(folder);
      ReportBuildSucceededCommand done = switch (build.kind()) {
        case MODEL -> model(build, id);
        case RUNTIME -> runtime(build, id, folder);
        case APPLICATION -> throw new BuildFailure("Application images cannot be built with local compute", null,
            false);
      };
      reports.send(done);
    } catch (BuildFailure e) {
      reports.send(new ReportBuildFailedCommand(id, e.getMessage(), e.logTail(), e.timedOut()));
    } catch (IOException | RuntimeException e) {
      log.warn("Local build {} failed", build.buildId(), e);
      reports.send(new ReportBuildFailedCommand(id, "The build failed: " + e.getMessage(), null, false));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ReportBuildSucceededCommand model(BuildRequestedEvent build, BuildId id) throws IOException {
    String digest = Snapshots.copy(projects.folder(build.projectId()), snapshot(root, build.buildId()));
    return new ReportBuildSucceededCommand(id, SNAPSHOT + build.buildId(), digest);
  }

  private ReportBuildSucceededCommand runtime(BuildRequestedEvent build, BuildId id, Path folder)
      throws IOException, BuildFailure, InterruptedException {
    Path project = projects.folder(build.projectId());
    String file = build.recipe() == null || build.recipe().requirementsFile() == null
        ? "requirements.txt" : build.recipe().requirementsFile();
    Path requirements = project.resolve(file).normalize();
    if (!requirements.startsWith(project) || !Files.isRegularFile(requirements)) {
      if (build.recipe() != null && build.recipe().requirementsFile() != null) {
        throw new BuildFailure("The requirements file '" + file + "' is not in the project", null, false);
      }
      requirements = null;
    }
    Path venv = folder.resolve("venv");
    Path logFile = folder.resolve("log");
    Duration timeout = build.timeoutSeconds() > 0 ? Duration.ofSeconds(build.timeoutSeconds()) : LONGEST;
    Venvs.make(venv, requirements, project, logFile, timeout, process -> processes.put(build.buildId(), process));
    String wanted = requirements == null ? "" : Files.readString(requirements, StandardCharsets.UTF_8);
    return new ReportBuildSucceededCommand(id, VENV + venv, Snapshots.digestOf(venv + "\n" + wanted));
  }

  public void close() {
    workers.shutdownNow();
  }
}
