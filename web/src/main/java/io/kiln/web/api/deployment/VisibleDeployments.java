package io.kiln.web.api.deployment;

import static io.kiln.domain.readmodel.ReadModels.DEPLOYMENTS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.DeploymentView;
import io.kiln.domain.deployment.FindDeploymentQuery;
import io.kiln.domain.model.ModelId;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The deployment a path names under its model, if the caller may see it; and changes to it, read back. */
@Component
class VisibleDeployments {
  private final Cqrs cqrs;

  VisibleDeployments(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  Mono<DeploymentView> find(String modelId, String deploymentId, RequestContext context) {
    String model = ModelId.parse(modelId).value();
    return cqrs.query(new FindDeploymentQuery(DeploymentId.parse(deploymentId).value(), context.actor()),
            ResponseTypes.optionalInstanceOf(DeploymentView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(d -> d.modelId().equals(model))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.DEPLOYMENT_NOT_FOUND, "Deployment not found")));
  }

  /** Sends {@code command} about a deployment the caller sees, and answers the deployment as it then is. */
  Mono<DeploymentView> change(String modelId, String deploymentId, Object command, RequestContext context) {
    return find(modelId, deploymentId, context)
        .then(cqrs.sendAndAwait(command, context, DEPLOYMENTS, DeploymentId.parse(deploymentId).value()))
        .then(find(modelId, deploymentId, context));
  }
}
