package io.kiln.infra.axon;

import org.axonframework.common.AxonNonTransientException;

/** A handler was about to run on a thread that must never block. Never retried. */
public class BlockingOnNonBlockingThreadException extends AxonNonTransientException {
  public BlockingOnNonBlockingThreadException(String message) {
    super(message);
  }
}
