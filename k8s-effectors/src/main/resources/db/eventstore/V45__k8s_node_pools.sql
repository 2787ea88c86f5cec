-- The node pools the scaler drives, as their events left them (written by the k8s-node-pools effector handler).
CREATE TABLE k8s_node_pool (
    name               VARCHAR(63) NOT NULL PRIMARY KEY,
    machine_deployment VARCHAR(63) NOT NULL,
    namespace          VARCHAR(63) NOT NULL,
    min_nodes          INTEGER     NOT NULL,
    max_nodes          INTEGER     NOT NULL,
    node_label         VARCHAR(63) NOT NULL,
    nodes              INTEGER
);
