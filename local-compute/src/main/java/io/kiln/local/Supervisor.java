package io.kiln.local;

import io.kiln.infra.db.LeaderLock;
import io.kiln.infra.db.LeaderLoop;

import io.kiln.infra.workload.KeptLogs;
import io.kiln.local.process.CommandLines;
import io.kiln.local.process.HttpProbe;
import io.kiln.local.process.LaunchRefused;
import io.kiln.local.process.Launcher;
import io.kiln.local.process.LocalRuntimes;
import io.kiln.local.process.ProcessTree;
import io.kiln.local.process.WorkloadFiles;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.Workloads;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local engine's level-triggered loop, on the one Kiln that holds the supervisor lock: starts what is wanted and
 * not running, stops what runs and is no longer wanted, and watches what runs (exit, memory over the profile, a
 * timeout, an editor that answers HTTP) — reporting each change. Processes outlive Kiln: a new supervisor adopts the
 * live ones (same pid and start time), reports those that ended meanwhile, and starts servers that should run again.
 */
public class Supervisor extends LeaderLoop {
  private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
  private static final Duration TIMEOUT_GRACE = Duration.ofSeconds(10);
  private final Workloads workloads;
  private final Launcher launcher;
  private final LocalRuntimes runtimes;
  private final WorkloadFiles files;
  private final KeptLogs keptLogs;
  private final Outcomes outcomes;
  public static final long LOCK_KEY = 0x6b696c6e6c6f6361L;
  private final LocalSettings settings;
  private volatile Runnable onTick = () -> { };
  private volatile BooleanSupplier catchingUp = () -> false;

  public Supervisor(Workloads workloads, Launcher launcher, LocalRuntimes runtimes, WorkloadFiles files,
                    KeptLogs keptLogs, Outcomes outcomes, LeaderLock lock, LocalSettings settings) {
    super(lock, "kiln-local-supervisor", Duration.ofMillis(10000));
    this.workloads = workloads;
    this.launcher = launcher;
    this.runtimes = runtimes;
    this.files = files;
    this.keptLogs = keptLogs;
    this.outcomes = outcomes;
    this.settings = settings;
  }

  /** Runs on every tick of the lock holder, after the workloads were looked at. */
  public void onTick(Runnable task) {
    this.onTick = task;
  }

  /**
   * While this says the wishes are still catching up with events stored before they existed (local compute enabled on
   * a workspace with a history), nothing new is started: a wish made and dropped within that history never runs.
   */
  public void holdLaunchesWhile(BooleanSupplier catchingUp) {
    this.catchingUp = catchingUp;
  }

  @Override
  protected void loop() {
    boolean adopted = false;
    while (running()) {
      try {
        if (!lock.hold()) {
          adopted = false;
          pause(5000);
          continue;
        }
        if (!adopted) {
          workloads.active().stream().filter(w -> w.wanted() && w.live()).forEach(this::reportAgain);
          adopted = true;
        }
        boolean hold = catchingUp.getAsBoolean();
        for (Workload w : workloads.active()) {
          if (!running()) {
            return;
          }
          if (hold && Workload.PENDING.equals(w.status())) {
            continue;
          }
          try {
            look(w);
          } catch (RuntimeException e) {
            log.warn("Supervising {} failed; trying again", w.key(), e);
          }
        }
        if (!hold) {
          onTick.run();
        }
        pause(settings.tick().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Supervising local processes failed; trying again", e);
      }
    }
  }

  private void look(Workload w) {
    switch (w.status()) {
      case Workload.PENDING -> launch(w);
      case Workload.LAUNCHING -> end(w, null, "Kiln stopped while starting it; it was not started again", false);
      default -> watch(w);
    }
  }

  private void launch(Workload w) {
    if (!w.wanted()) {
      workloads.ended(w.key(), null, "No longer wanted before it started");
      outcomes.stopped(w);
      return;
    }
    if (!workloads.claim(w.key())) {
      return;
    }
    try {
      Launcher.Launched launched = launcher.launch(w, runtimes.find(w.spec().runtimeId()).orElse(null));
      workloads.started(w.key(), launched.pid(), launched.startedAt(), launched.port());
      log.info("Started {} as process {}", w.key(), launched.pid());
      outcomes.started(w);
    } catch (LaunchRefused e) {
      end(w, null, e.getMessage(), false);
    }
  }

  private void watch(Workload w) {
    Optional<ProcessHandle> process = ProcessTree.find(w.pid(), w.processStartedAt());
    if (!w.wanted()) {
      process.ifPresent(p -> ProcessTree.kill(p, settings.stopGrace()));
      workloads.ended(w.key(), files.exitCode(w.key()).orElse(null), "Stopped");
      keep(w);
      outcomes.stopped(w);
      return;
    }
    if (process.isEmpty()) {
      Optional<Integer> exit = files.exitCode(w.key());
      if (w.kind().restartsWhenDead() && w.restarts() < settings.maxRestarts()) {
        keep(w);
        workloads.relaunch(w.key());
        outcomes.restarting(w);
        return;
      }
      end(w, exit.orElse(null), exit.map(Outcomes::exitReason)
          .orElse("The process ended without an exit code (killed, or the machine restarted)"), false);
      return;
    }
    ProcessHandle p = process.get();
    long memory = w.spec().memoryMiB();
    long resident = memory > 0 ? ProcessTree.residentMiB(p) : 0;
    if (memory > 0 && resident > memory) {
      ProcessTree.kill(p, Duration.ZERO);
      end(w, 137, "OOMKilled: used " + resident + " MiB of its profile's " + memory + " MiB", true);
      return;
    }
    long timeout = w.spec().timeoutSeconds();
    if (timeout > 0 && Instant.now().isAfter(w.processStartedAt().plusSeconds(timeout).plus(TIMEOUT_GRACE))) {
      ProcessTree.kill(p, settings.stopGrace());
      end(w, null, "Killed: still running after its timeout of " + timeout + " s", true);
      return;
    }
    if (Workload.RUNNING.equals(w.status()) && w.kind().servesHttp()) {
      if (HttpProbe.answers(w.port(), probePath(w))) {
        workloads.ready(w.key());
        outcomes.ready(w);
      } else if (Instant.now().isAfter(w.launchedAt().plus(settings.readyTimeout()))) {
        ProcessTree.kill(p, settings.stopGrace());
        end(w, null, "Did not answer HTTP within " + settings.readyTimeout().toSeconds() + " s", true);
      }
    }
  }

  private void end(Workload w, Integer exitCode, String reason, boolean killed) {
    Integer code = exitCode != null ? exitCode : files.exitCode(w.key()).orElse(null);
    if (killed && exitCode == null) {
      code = null;
    }
    workloads.ended(w.key(), code, reason);
    keep(w);
    log.info("{} ended: {}", w.key(), reason);
    outcomes.ended(w, code, reason);
  }

  private void reportAgain(Workload w) {
    outcomes.started(w);
    if (Workload.READY.equals(w.status())) {
      outcomes.ready(w);
    }
  }

  private void keep(Workload w) {
    keptLogs.keep(LocalLogs.target(w), files.tail(w.key(), KeptLogs.LIMIT + 4096));
  }

  private String probePath(Workload w) {
    if (w.kind() == Kind.MODEL_REPLICA) {
      return "/health";
    }
    if (w.kind() == Kind.SESSION && CommandLines.keepsPrefix(w.spec(), runtimes.find(w.spec().runtimeId())
        .orElse(null))) {
      return "/sessions/" + w.route() + "/";
    }
    return "/";
  }
}
