package io.kiln.command.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcJobGraph implements JobGraph {
  private final JdbcTemplate jdbc;

  JdbcJobGraph(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Node> lockAndRead(String projectId) {
    jdbc.update("insert into eventstore.job_graph_lock (project_id) values (?) on conflict do nothing", projectId);
    jdbc.queryForList("select project_id from eventstore.job_graph_lock where project_id = ? for update",
        String.class, projectId);
    Map<String, String> names = new HashMap<>();
    Map<String, List<String>> parents = new HashMap<>();
    jdbc.query("select n.job_id, n.name, e.parent_job_id from eventstore.job_node n "
        + "left join eventstore.job_edge e on e.job_id = n.job_id where n.project_id = ?", rs -> {
          names.put(rs.getString(1), rs.getString(2));
          List<String> of = parents.computeIfAbsent(rs.getString(1), id -> new ArrayList<>());
          if (rs.getString(3) != null) {
            of.add(rs.getString(3));
          }
        }, projectId);
    Map<String, Node> graph = new HashMap<>();
    names.forEach((id, name) -> graph.put(id, new Node(name, List.copyOf(parents.get(id)))));
    return graph;
  }

  @Override
  public boolean nameTaken(String projectId, String name, String exceptJobId) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from eventstore.job_node "
        + "where project_id = ? and name_key = ? and job_id <> ?)", Boolean.class, projectId, key(name),
        exceptJobId == null ? "" : exceptJobId));
  }

  @Override
  public List<String> dependents(String jobId) {
    return jdbc.queryForList("select n.name from eventstore.job_edge e join eventstore.job_node n "
        + "on n.job_id = e.job_id where e.parent_job_id = ? order by n.name", String.class, jobId);
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
