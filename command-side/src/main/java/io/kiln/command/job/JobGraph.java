package io.kiln.command.job;

import java.util.List;
import java.util.Map;

/** The jobs of each project and what they depend on, as the command side knows them. */
public interface JobGraph {
  /** A job of a project: its name and the jobs it depends on. */
  record Node(String name, List<String> parents) {}

  /** Locks the project's graph until the command commits, and returns its jobs by id. */
  Map<String, Node> lockAndRead(String projectId);

  boolean nameTaken(String projectId, String name, String exceptJobId);

  /** Names of the jobs that depend on this one. */
  List<String> dependents(String jobId);
}
