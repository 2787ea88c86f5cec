package io.kiln.web.api.files;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.RequestContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Who may touch a project's files: viewers read; contributors and above change them, unless it is archived. */
@Component
public class ProjectFileAccess {
  private final VisibleProjects projects;

  ProjectFileAccess(VisibleProjects projects) {
    this.projects = projects;
  }

  public Mono<ProjectView> check(String projectId, RequestContext context, ProjectRole needed) {
    return projects.find(projectId, context).map(project -> {
      if (ProjectRoles.of(project, context.actor()).compareTo(needed) < 0) {
        throw KilnException.forbidden("Only a project's " + needed.name().toLowerCase() + "s and above may "
            + (needed == ProjectRole.VIEWER ? "read" : "change") + " its files");
      }
      if (needed != ProjectRole.VIEWER && project.archived()) {
        throw new KilnException(ErrorCode.PROJECT_ARCHIVED, "The project is archived");
      }
      return project;
    });
  }
}
