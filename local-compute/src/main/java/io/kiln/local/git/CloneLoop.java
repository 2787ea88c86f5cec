package io.kiln.local.git;

import java.time.Duration;
import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.ReportProjectCloneFailedCommand;
import io.kiln.domain.project.ReportProjectClonedCommand;
import io.kiln.infra.db.LeaderLock;
import io.kiln.infra.db.LeaderLoop;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the one Kiln that holds the clone lock: does every clone still wanted (one at a time), records its outcome, and
 * reports each outcome as a command until the project took it. A clone interrupted by a stop is done again.
 */
public class CloneLoop extends LeaderLoop {
  public static final long LOCK_KEY = 0x6b696c6e67697463L;
  static final Actor ACTOR = Actor.system("project-clones");
  private static final Logger log = LoggerFactory.getLogger(CloneLoop.class);
  private static final long POLL_MILLIS = 1000;
  private final Clones clones;
  private final GitCloner cloner;
  private final CommandGateway commands;

  CloneLoop(Clones clones, GitCloner cloner, CommandGateway commands, LeaderLock lock) {
    super(lock, "kiln-project-clones", Duration.ofMillis(10000));
    this.clones = clones;
    this.cloner = cloner;
    this.commands = commands;
    clones.onChange(this::wake);
  }

  @Override
  protected void loop() {
    while (running()) {
      try {
        if (lock.hold()) {
          clones.wanted().stream().takeWhile(c -> running()).forEach(this::clone);
          clones.unreported().forEach(this::report);
        }
        pause(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Looking at project clones failed; trying again", e);
      }
    }
  }

  private void clone(Clone c) {
    try {
      clones.cloned(c.projectId(), cloner.cloneInto(c.projectId(), c.url(), c.ref()));
    } catch (CloneFailure e) {
      clones.failed(c.projectId(), e.getMessage());
    } catch (RuntimeException e) {
      log.warn("Cloning {} for project {} failed", c.url(), c.projectId(), e);
      clones.failed(c.projectId(), "Cloning " + c.url() + " failed: " + e.getMessage());
    }
  }

  private void report(Clone c) {
    ProjectId project = ProjectId.parse(c.projectId());
    Object report = Clone.CLONED.equals(c.status()) ? new ReportProjectClonedCommand(project, c.commit())
        : new ReportProjectCloneFailedCommand(project, c.reason());
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, ACTOR.id())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(ACTOR.role()))
        .and(MetadataKeys.CORRELATION_ID, "clone-" + UUID.randomUUID());
    try {
      commands.sendAndWait(report, metaData, 30, TimeUnit.SECONDS);
      clones.reported(c.projectId());
    } catch (RuntimeException e) {
      log.debug("The outcome of project {}'s clone was not taken: {}", c.projectId(), e.getMessage());
    }
  }
}
