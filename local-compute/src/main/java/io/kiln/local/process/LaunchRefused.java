package io.kiln.local.process;

/** A workload that cannot be started here, with a reason a person can act on. */
public class LaunchRefused extends RuntimeException {
  public LaunchRefused(String reason) {
    super(reason);
  }
}
