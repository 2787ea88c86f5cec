package io.kiln.bench;

/** One unit of work whose rate is measured; called concurrently from every worker thread. */
@FunctionalInterface
public interface Operation {
  void perform() throws Exception;
}
