package io.kiln.command.compute;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.workload.StartsWorkload;
import io.kiln.infra.compute.Compute;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Refuses every command that starts a workload when the workspace has no compute, rather than queue it forever. */
public class ComputeRequired implements MessageHandlerInterceptor<CommandMessage<?>> {
  private final Compute compute;

  public ComputeRequired(Compute compute) {
    this.compute = compute;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
    if (compute == Compute.NONE && unitOfWork.getMessage().getPayload() instanceof StartsWorkload) {
      throw new KilnException(ErrorCode.NO_COMPUTE, "This workspace has no compute: configure a Kubernetes cluster "
          + "(a kubeconfig, or KILN_K8S_MASTER_URL) or set KILN_COMPUTE");
    }
    return chain.proceed();
  }
}
