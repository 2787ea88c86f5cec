package io.kiln.command.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The project's jobs and their parents, in memory. */
final class FakeJobGraph implements JobGraph {
  private final Map<String, Node> jobs = new HashMap<>();

  FakeJobGraph job(String jobId, String name, String... parents) {
    jobs.put(jobId, new Node(name, List.of(parents)));
    return this;
  }

  @Override
  public Map<String, Node> lockAndRead(String projectId) {
    return Map.copyOf(jobs);
  }

  @Override
  public boolean nameTaken(String projectId, String name, String exceptJobId) {
    return jobs.entrySet().stream().anyMatch(e -> !e.getKey().equals(exceptJobId)
        && e.getValue().name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public List<String> dependents(String jobId) {
    List<String> names = new ArrayList<>();
    jobs.values().stream().filter(n -> n.parents().contains(jobId)).forEach(n -> names.add(n.name()));
    return names;
  }
}
