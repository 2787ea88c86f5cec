package io.kiln.web.api.logs;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.application.ApplicationId;
import io.kiln.domain.application.ApplicationView;
import io.kiln.domain.application.FindApplicationQuery;
import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildView;
import io.kiln.domain.build.FindBuildQuery;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.DeploymentView;
import io.kiln.domain.deployment.FindDeploymentQuery;
import io.kiln.domain.job.FindJobRunQuery;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.JobRunView;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.session.FindSessionQuery;
import io.kiln.domain.session.SessionId;
import io.kiln.domain.session.SessionView;
import io.kiln.infra.workload.LogTarget;
import io.kiln.infra.workload.LogTarget.Kind;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whose log a request names: whoever may read the session, job run, build, deployment or application may read its
 * log; anything else is that resource's {@code _NOT_FOUND}. Shared by the API and the browser UI.
 */
@Component
public class LogTargets {
  private final Cqrs cqrs;

  LogTargets(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  /** A log target and the name a person knows its workload by. */
  public record Named(LogTarget target, String name) {}

  public Mono<Named> session(String projectId, String sessionId, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    return find(new FindSessionQuery(SessionId.parse(sessionId).value(), context.actor()), SessionView.class,
        s -> s.projectId().equals(project), ErrorCode.SESSION_NOT_FOUND,
        s -> new Named(LogTarget.of(Kind.SESSION, s.id()), s.name() != null ? s.name() : shortId(s.id())));
  }

  public Mono<Named> jobRun(String projectId, String jobId, String runId, Integer attempt, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    String job = JobId.parse(jobId).value();
    if (attempt != null && attempt < 1) {
      return Mono.error(KilnException.invalid("attempt", "must be 1 or more"));
    }
    return find(new FindJobRunQuery(JobRunId.parse(runId).value(), context.actor()), JobRunView.class,
        r -> r.projectId().equals(project) && r.jobId().equals(job), ErrorCode.JOB_RUN_NOT_FOUND, r -> {
          int shown = attempt == null ? Math.max(1, r.attempt()) : attempt;
          return new Named(LogTarget.jobRun(r.id(), shown), r.jobName() + ", run " + shortId(r.id())
              + ", attempt " + shown);
        });
  }

  public Mono<Named> build(String projectId, String buildId, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    return find(new FindBuildQuery(BuildId.parse(buildId).value(), context.actor()), BuildView.class,
        b -> b.projectId().equals(project), ErrorCode.BUILD_NOT_FOUND,
        b -> new Named(LogTarget.of(Kind.BUILD, b.id()), "build " + shortId(b.id()) + " of " + b.name()));
  }

  public Mono<Named> deployment(String modelId, String deploymentId, Integer replica, RequestContext context) {
    String model = ModelId.parse(modelId).value();
    return replica(replica).then(find(new FindDeploymentQuery(DeploymentId.parse(deploymentId).value(),
            context.actor()), DeploymentView.class, d -> d.modelId().equals(model), ErrorCode.DEPLOYMENT_NOT_FOUND,
        d -> new Named(new LogTarget(Kind.MODEL_DEPLOYMENT, d.id(), null, replica), "deployment " + shortId(d.id()))));
  }

  public Mono<Named> application(String projectId, String applicationId, Integer replica, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    return replica(replica).then(find(new FindApplicationQuery(ApplicationId.parse(applicationId).value(),
            context.actor()), ApplicationView.class, a -> a.projectId().equals(project),
        ErrorCode.APPLICATION_NOT_FOUND, a -> new Named(new LogTarget(Kind.APPLICATION, a.id(), null, replica),
            a.name())));
  }

  private static Mono<Void> replica(Integer replica) {
    return replica != null && replica < 0 ? Mono.error(KilnException.invalid("replica", "must be 0 or more"))
        : Mono.empty();
  }

  private static String shortId(String id) {
    return id.substring(0, Math.min(8, id.length()));
  }

  private <V> Mono<Named> find(Object query, Class<V> type, Predicate<V> belongs, ErrorCode notFound,
                               Function<V, Named> named) {
    return cqrs.query(query, ResponseTypes.optionalInstanceOf(type))
        .flatMap(Mono::justOrEmpty)
        .filter(belongs)
        .switchIfEmpty(Mono.error(() -> new KilnException(notFound, notFound.title())))
        .map(named);
  }
}
