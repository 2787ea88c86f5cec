package io.kiln.local.git;

import io.kiln.domain.project.ProjectCloneRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Wants a project's files cloned when it is made from git (in either compute mode). Never replayed. */
@Component
@ProcessingGroup(CloneWishes.GROUP)
class CloneWishes {
  static final String GROUP = "project-clones";
  private final Clones clones;

  CloneWishes(Clones clones) {
    this.clones = clones;
  }

  @EventHandler
  void on(ProjectCloneRequestedEvent e) {
    clones.want(e.projectId(), e.url(), e.ref());
  }
}
