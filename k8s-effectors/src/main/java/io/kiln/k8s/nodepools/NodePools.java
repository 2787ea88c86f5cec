package io.kiln.k8s.nodepools;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The pools the scaler drives ({@code eventstore.k8s_node_pool}). */
@Component
class NodePools {
  private final JdbcTemplate jdbc;

  NodePools(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void define(Pool pool) {
    jdbc.update("""
        insert into eventstore.k8s_node_pool (name, machine_deployment, namespace, min_nodes, max_nodes, node_label)
        values (?, ?, ?, ?, ?, ?) on conflict (name) do update set machine_deployment = excluded.machine_deployment,
          namespace = excluded.namespace, min_nodes = excluded.min_nodes, max_nodes = excluded.max_nodes,
          node_label = excluded.node_label, nodes = null""",
        pool.name(), pool.machineDeployment(), pool.namespace(), pool.min(), pool.max(), pool.nodeLabel());
  }

  void change(Pool pool) {
    jdbc.update("update eventstore.k8s_node_pool set machine_deployment = ?, namespace = ?, min_nodes = ?, "
            + "max_nodes = ?, node_label = ? where name = ?", pool.machineDeployment(), pool.namespace(), pool.min(),
        pool.max(), pool.nodeLabel(), pool.name());
  }

  void scaled(String name, int nodes) {
    jdbc.update("update eventstore.k8s_node_pool set nodes = ? where name = ?", nodes, name);
  }

  void delete(String name) {
    jdbc.update("delete from eventstore.k8s_node_pool where name = ?", name);
  }

  List<Pool> all() {
    return jdbc.query("select name, machine_deployment, namespace, min_nodes, max_nodes, node_label, nodes "
            + "from eventstore.k8s_node_pool order by name",
        (rs, n) -> new Pool(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
            rs.getString(6), (Integer) rs.getObject(7)));
  }
}
