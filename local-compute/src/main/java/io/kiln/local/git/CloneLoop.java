package io.kiln.local.git;

import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.ReportProjectCloneFailedCommand;
import io.kiln.domain.project.ReportProjectClonedCommand;
import io.kiln.infra.db.LeaderLock;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * On the one Kiln that holds the clone lock: does every clone still wanted (one at a time), records its outcome, and
 * reports each outcome as a command until the project took it. A clone interrupted by a stop is done again.
 */
public class CloneLoop implements SmartLifecycle {
  public static final long LOCK_KEY = 0x6b696c6e67697463L;
  static final Actor ACTOR = Actor.system("project-clones");
  private static final Logger log = LoggerFactory.getLogger(CloneLoop.class);
  private static final long POLL_MILLIS = 1000;
  private final Clones clones;
  private final GitCloner cloner;
  private final CommandGateway commands;
  private final LeaderLock lock;
  private final Semaphore wake = new Semaphore(0);
  private volatile Thread thread;
  private volatile boolean running;

  CloneLoop(Clones clones, GitCloner cloner, CommandGateway commands, LeaderLock lock) {
    this.clones = clones;
    this.cloner = cloner;
    this.commands = commands;
    this.lock = lock;
    clones.onChange(wake::release);
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::loop, "kiln-project-clones");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    wake.release();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop() {
    while (running) {
      try {
        if (lock.hold()) {
          clones.wanted().stream().takeWhile(c -> running).forEach(this::clone);
          clones.unreported().forEach(this::report);
        }
        wake.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
        wake.drainPermits();
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
