package io.kiln.local;

import io.kiln.domain.application.ApplicationId;
import io.kiln.domain.application.ReportApplicationFailedCommand;
import io.kiln.domain.application.ReportApplicationRunningCommand;
import io.kiln.domain.application.ReportApplicationStoppedCommand;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.ReportJobRunFailedCommand;
import io.kiln.domain.job.ReportJobRunRunningCommand;
import io.kiln.domain.job.ReportJobRunStoppedCommand;
import io.kiln.domain.job.ReportJobRunSucceededCommand;
import io.kiln.domain.session.ReportSessionFailedCommand;
import io.kiln.domain.session.ReportSessionRunningCommand;
import io.kiln.domain.session.ReportSessionStartingCommand;
import io.kiln.domain.session.ReportSessionStoppedCommand;
import io.kiln.domain.session.SessionId;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.Workload;
import java.util.function.Consumer;

/** What a local process did, told to its aggregate as the domain's report commands. */
public class Outcomes {
  private final LocalReports reports;
  private final Consumer<String> replicasChanged;

  public Outcomes(LocalReports reports, Consumer<String> replicasChanged) {
    this.reports = reports;
    this.replicasChanged = replicasChanged;
  }

  /** A server that died is started again. */
  public void restarting(Workload w) {
    if (w.kind() == Kind.MODEL_REPLICA) {
      replicasChanged.accept(w.ownerId());
    }
  }

  public void started(Workload w) {
    switch (w.kind()) {
      case JOB_RUN -> reports.send(new ReportJobRunRunningCommand(new JobRunId(w.ownerId()), w.spec().attempt()));
      case SESSION -> reports.send(new ReportSessionStartingCommand(new SessionId(w.ownerId())));
      default -> { }
    }
  }

  public void ready(Workload w) {
    switch (w.kind()) {
      case SESSION -> reports.send(new ReportSessionRunningCommand(new SessionId(w.ownerId()),
          "/sessions/" + w.ownerId() + "/"));
      case APPLICATION -> reports.send(new ReportApplicationRunningCommand(new ApplicationId(w.ownerId()),
          "/apps/" + w.route() + "/", w.generation()));
      case MODEL_REPLICA -> replicasChanged.accept(w.ownerId());
      default -> { }
    }
  }

  /** The process ended on its own ({@code exitCode} null: it vanished without one), or could not start. */
  public void ended(Workload w, Integer exitCode, String reason) {
    switch (w.kind()) {
      case JOB_RUN -> reports.send(exitCode != null && exitCode == 0
          ? new ReportJobRunSucceededCommand(new JobRunId(w.ownerId()), w.spec().attempt())
          : new ReportJobRunFailedCommand(new JobRunId(w.ownerId()), w.spec().attempt(), exitCode, reason));
      case SESSION -> reports.send(new ReportSessionFailedCommand(new SessionId(w.ownerId()), reason));
      case APPLICATION -> reports.send(new ReportApplicationFailedCommand(new ApplicationId(w.ownerId()), reason,
          w.generation()));
      case MODEL_REPLICA -> replicasChanged.accept(w.ownerId());
      default -> { }
    }
  }

  /** The process was stopped because it is no longer wanted. */
  public void stopped(Workload w) {
    switch (w.kind()) {
      case JOB_RUN -> reports.send(new ReportJobRunStoppedCommand(new JobRunId(w.ownerId()), w.spec().attempt()));
      case SESSION -> reports.send(new ReportSessionStoppedCommand(new SessionId(w.ownerId())));
      case APPLICATION -> reports.send(new ReportApplicationStoppedCommand(new ApplicationId(w.ownerId()),
          w.generation()));
      case MODEL_REPLICA -> replicasChanged.accept(w.ownerId());
      default -> { }
    }
  }

  public static String exitReason(int exitCode) {
    if (exitCode > 128 && exitCode < 160) {
      return "Exited with code " + exitCode + " (killed by signal " + (exitCode - 128) + ")";
    }
    return "Exited with code " + exitCode;
  }
}
