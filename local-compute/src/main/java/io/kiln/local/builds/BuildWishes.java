package io.kiln.local.builds;

import io.kiln.domain.build.BuildAdmittedEvent;
import io.kiln.domain.build.BuildCancelledEvent;
import io.kiln.domain.build.BuildFailedEvent;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.build.BuildTimedOutEvent;
import io.kiln.local.LocalCompute;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Keeps each build's request and wants it run once the domain's build queue admits it. */
@Component
@Conditional(LocalCompute.class)
@ProcessingGroup(BuildWishes.GROUP)
class BuildWishes {
  static final String GROUP = "local-builds";
  private final LocalBuilds builds;

  BuildWishes(LocalBuilds builds) {
    this.builds = builds;
  }

  @EventHandler
  void on(BuildRequestedEvent e) {
    builds.requested(e);
  }

  @EventHandler
  void on(BuildAdmittedEvent e) {
    builds.admitted(e.buildId());
  }

  @EventHandler
  void on(BuildSucceededEvent e) {
    builds.ended(e.buildId());
  }

  @EventHandler
  void on(BuildFailedEvent e) {
    builds.ended(e.buildId());
  }

  @EventHandler
  void on(BuildTimedOutEvent e) {
    builds.ended(e.buildId());
  }

  @EventHandler
  void on(BuildCancelledEvent e) {
    builds.ended(e.buildId());
  }
}
