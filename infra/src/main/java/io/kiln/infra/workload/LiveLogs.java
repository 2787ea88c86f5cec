package io.kiln.infra.workload;

import java.util.Optional;

/**
 * The port a compute engine (Kubernetes, local processes) implements to stream the log of a workload it runs now.
 * Every engine present is a bean; callers ask each in turn.
 */
public interface LiveLogs {
  /**
   * Follows the live log of the target from its start: sends every line to the sink, then {@link LogSink#end()}
   * when the workload ends. Empty when this engine does not run the target (then the kept log, if any, is all
   * there is). Closing the subscription stops the stream without touching the workload.
   */
  Optional<AutoCloseable> follow(LogTarget target, LogSink sink);
}
