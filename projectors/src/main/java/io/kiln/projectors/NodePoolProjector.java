package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.NODE_POOL;
import static io.kiln.query.jooq.Tables.NODE_POOL_DECISION;

import io.kiln.domain.MetadataKeys;
import io.kiln.domain.nodepool.NodePoolChangedEvent;
import io.kiln.domain.nodepool.NodePoolDefinedEvent;
import io.kiln.domain.nodepool.NodePoolDeletedEvent;
import io.kiln.domain.nodepool.NodePoolScaledEvent;
import io.kiln.domain.readmodel.ReadModels;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.node_pool} and the scaler's decisions in {@code readmodel.node_pool_decision}. */
@Component
@ProcessingGroup(NodePoolProjector.GROUP)
public class NodePoolProjector {
  public static final String GROUP = "node-pool-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;

  NodePoolProjector(DSLContext dsl, VersionUpdates updates) {
    this.dsl = dsl;
    this.updates = updates;
  }

  @EventHandler
  void on(NodePoolDefinedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(NODE_POOL)
        .set(NODE_POOL.NAME, e.name())
        .set(NODE_POOL.MACHINE_DEPLOYMENT, e.machineDeployment())
        .set(NODE_POOL.NAMESPACE, e.namespace())
        .set(NODE_POOL.MIN_NODES, e.minNodes())
        .set(NODE_POOL.MAX_NODES, e.maxNodes())
        .set(NODE_POOL.NODE_LABEL, e.nodeLabel())
        .set(NODE_POOL.CREATED_AT, utc(at))
        .set(NODE_POOL.UPDATED_AT, utc(at))
        .set(NODE_POOL.VERSION, version)
        .onConflict(NODE_POOL.NAME).doNothing()
        .execute();
    updates.applied(ReadModels.NODE_POOLS, e.name(), version);
  }

  @EventHandler
  void on(NodePoolChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.update(NODE_POOL)
        .set(NODE_POOL.MACHINE_DEPLOYMENT, e.machineDeployment())
        .set(NODE_POOL.NAMESPACE, e.namespace())
        .set(NODE_POOL.MIN_NODES, e.minNodes())
        .set(NODE_POOL.MAX_NODES, e.maxNodes())
        .set(NODE_POOL.NODE_LABEL, e.nodeLabel())
        .set(NODE_POOL.UPDATED_AT, utc(at))
        .set(NODE_POOL.VERSION, version)
        .where(NODE_POOL.NAME.eq(e.name()).and(NODE_POOL.VERSION.lt(version)))
        .execute();
    updates.applied(ReadModels.NODE_POOLS, e.name(), version);
  }

  @EventHandler
  void on(NodePoolScaledEvent e, @Timestamp Instant at, @SequenceNumber long version,
          @MetaDataValue(MetadataKeys.ACTOR) String actor) {
    dsl.update(NODE_POOL)
        .set(NODE_POOL.NODES, e.to())
        .set(NODE_POOL.UPDATED_AT, utc(at))
        .set(NODE_POOL.VERSION, version)
        .where(NODE_POOL.NAME.eq(e.name()).and(NODE_POOL.VERSION.lt(version)))
        .execute();
    dsl.insertInto(NODE_POOL_DECISION)
        .set(NODE_POOL_DECISION.POOL, e.name())
        .set(NODE_POOL_DECISION.SEQ, version)
        .set(NODE_POOL_DECISION.FROM_NODES, e.from())
        .set(NODE_POOL_DECISION.TO_NODES, e.to())
        .set(NODE_POOL_DECISION.REASON, e.reason())
        .set(NODE_POOL_DECISION.NODE, e.node())
        .set(NODE_POOL_DECISION.ACTOR, actor)
        .set(NODE_POOL_DECISION.DECIDED_AT, utc(at))
        .onConflictDoNothing()
        .execute();
    updates.applied(ReadModels.NODE_POOLS, e.name(), version);
  }

  @EventHandler
  void on(NodePoolDeletedEvent e, @SequenceNumber long version) {
    dsl.deleteFrom(NODE_POOL).where(NODE_POOL.NAME.eq(e.name())).execute();
    updates.applied(ReadModels.NODE_POOLS, e.name(), version);
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.NODE_POOLS);
    dsl.deleteFrom(NODE_POOL).execute();
    dsl.deleteFrom(NODE_POOL_DECISION).execute();
  }
}
