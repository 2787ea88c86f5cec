package io.kiln.infra.axon;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import reactor.core.scheduler.Schedulers;

/**
 * Refuses to handle a command or query on a thread that must never block (a Netty event loop or a Reactor parallel
 * thread): handlers do JDBC, and a blocked event loop stalls every connection it serves.
 */
public class NonBlockingThreadGuard<T extends Message<?>> implements MessageHandlerInterceptor<T> {

  @Override
  public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
    if (Schedulers.isInNonBlockingThread()) {
      throw new BlockingOnNonBlockingThreadException("Refusing to handle " + unitOfWork.getMessage().getPayloadType().getSimpleName()
          + " on non-blocking thread " + Thread.currentThread().getName());
    }
    return chain.proceed();
  }
}
