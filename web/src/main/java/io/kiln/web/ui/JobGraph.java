package io.kiln.web.ui;

import io.kiln.domain.job.JobView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dependency graph of a project's jobs laid out in columns by depth, for an SVG picture. */
public record JobGraph(int width, int height, List<Node> nodes, List<Edge> edges) {
  static final int BOX_WIDTH = 170;
  static final int BOX_HEIGHT = 44;
  static final int COLUMN = 230;
  static final int ROW = 64;
  static final int MARGIN = 10;

  public record Node(String id, String name, String label, int x, int y) {}

  public record Edge(int x1, int y1, int x2, int y2) {}

  public static JobGraph of(List<JobView> jobs) {
    Map<String, JobView> byId = new HashMap<>();
    jobs.forEach(job -> byId.put(job.id(), job));
    Map<String, Integer> depth = new HashMap<>();
    jobs.forEach(job -> depth(job, byId, depth, 0));
    Map<Integer, Integer> rowsUsed = new HashMap<>();
    Map<String, Node> nodes = new HashMap<>();
    List<Node> ordered = new ArrayList<>();
    for (JobView job : jobs) {
      int column = depth.get(job.id());
      int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
      String name = job.name().length() > 20 ? job.name().substring(0, 19) + "…" : job.name();
      String label = job.paused() ? "paused" : job.lastRunState() == null ? "no runs"
          : "last: " + job.lastRunState().name().toLowerCase();
      Node node = new Node(job.id(), name, label, MARGIN + column * COLUMN, MARGIN + row * ROW);
      nodes.put(job.id(), node);
      ordered.add(node);
    }
    List<Edge> edges = new ArrayList<>();
    for (JobView job : jobs) {
      Node child = nodes.get(job.id());
      for (String parentId : job.trigger() == null ? List.<String>of() : job.trigger().parents()) {
        Node parent = nodes.get(parentId);
        if (parent != null) {
          edges.add(new Edge(parent.x() + BOX_WIDTH, parent.y() + BOX_HEIGHT / 2, child.x(), child.y() + BOX_HEIGHT / 2));
        }
      }
    }
    int columns = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    int rows = rowsUsed.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    return new JobGraph(MARGIN * 2 + (columns - 1) * COLUMN + BOX_WIDTH, MARGIN * 2 + (rows - 1) * ROW + BOX_HEIGHT,
        ordered, edges);
  }

  private static int depth(JobView job, Map<String, JobView> byId, Map<String, Integer> memo, int guard) {
    Integer known = memo.get(job.id());
    if (known != null) {
      return known;
    }
    int depth = 0;
    if (guard < byId.size() && job.trigger() != null) {
      for (String parentId : job.trigger().parents()) {
        JobView parent = byId.get(parentId);
        if (parent != null) {
          depth = Math.max(depth, depth(parent, byId, memo, guard + 1) + 1);
        }
      }
    }
    memo.put(job.id(), depth);
    return depth;
  }
}
