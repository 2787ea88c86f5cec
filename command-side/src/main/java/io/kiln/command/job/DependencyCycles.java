package io.kiln.command.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Whether giving a job new parents would close a cycle in its project's dependency graph. */
final class DependencyCycles {
  private DependencyCycles() {}

  /** The cycle as job ids from {@code jobId} back to it, or an empty list when there is none. */
  static List<String> closedBy(String jobId, List<String> parents, Map<String, JobGraph.Node> graph) {
    Map<String, String> reachedFrom = new HashMap<>();
    Deque<String> open = new ArrayDeque<>();
    for (String parent : parents) {
      reachedFrom.putIfAbsent(parent, jobId);
      open.add(parent);
    }
    while (!open.isEmpty()) {
      String current = open.poll();
      if (current.equals(jobId)) {
        return path(jobId, reachedFrom);
      }
      JobGraph.Node node = graph.get(current);
      for (String next : node == null ? List.<String>of() : node.parents()) {
        if (reachedFrom.putIfAbsent(next, current) == null) {
          open.add(next);
        }
      }
    }
    return List.of();
  }

  private static List<String> path(String jobId, Map<String, String> reachedFrom) {
    List<String> path = new ArrayList<>(List.of(jobId));
    String step = reachedFrom.get(jobId);
    while (!step.equals(jobId) && path.size() <= reachedFrom.size()) {
      path.add(step);
      step = reachedFrom.get(step);
    }
    path.add(jobId);
    Collections.reverse(path);
    return path;
  }
}
