package io.kiln.web.api;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.FindProjectQuery;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.ProjectView;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The project a nested resource path names, if the caller may see it; 404 otherwise. */
@Component
public class VisibleProjects {
  private final Cqrs cqrs;

  VisibleProjects(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  public Mono<ProjectView> find(String projectId, RequestContext context) {
    return cqrs.query(new FindProjectQuery(ProjectId.parse(projectId).value(), context.actor()),
            ResponseTypes.optionalInstanceOf(ProjectView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.PROJECT_NOT_FOUND, "Project not found")));
  }
}
