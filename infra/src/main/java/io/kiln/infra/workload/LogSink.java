package io.kiln.infra.workload;

/** Receives a followed log: lines as they are written (without line ends), then the end once the workload ended. */
public interface LogSink {
  void line(String line);

  void end();
}
