package io.kiln.query.nodepool;

import static io.kiln.query.jooq.Tables.NODE_POOL;
import static io.kiln.query.jooq.Tables.NODE_POOL_DECISION;

import io.kiln.domain.nodepool.FindNodePoolQuery;
import io.kiln.domain.nodepool.ListNodePoolDecisionsQuery;
import io.kiln.domain.nodepool.ListNodePoolsQuery;
import io.kiln.domain.nodepool.NodePoolDecisionView;
import io.kiln.domain.nodepool.NodePoolDecisions;
import io.kiln.domain.nodepool.NodePoolPage;
import io.kiln.domain.nodepool.NodePoolView;
import io.kiln.query.jooq.tables.records.NodePoolDecisionRecord;
import io.kiln.query.jooq.tables.records.NodePoolRecord;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Node pools and the scaler's recent decisions (the web tier lets only administrators and auditors ask). */
@Component
class NodePoolQueryHandler {
  private static final int MAX_DECISIONS = 500;
  private final DSLContext dsl;

  NodePoolQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  NodePoolPage handle(ListNodePoolsQuery query) {
    return new NodePoolPage(dsl.selectFrom(NODE_POOL).orderBy(NODE_POOL.NAME).fetch(NodePoolQueryHandler::view));
  }

  @QueryHandler
  Optional<NodePoolView> handle(FindNodePoolQuery query) {
    return dsl.selectFrom(NODE_POOL).where(NODE_POOL.NAME.eq(query.name())).fetchOptional()
        .map(NodePoolQueryHandler::view);
  }

  @QueryHandler
  NodePoolDecisions handle(ListNodePoolDecisionsQuery query) {
    var pool = query.pool() == null ? DSL.noCondition() : NODE_POOL_DECISION.POOL.eq(query.pool());
    return new NodePoolDecisions(dsl.selectFrom(NODE_POOL_DECISION).where(pool)
        .orderBy(NODE_POOL_DECISION.DECIDED_AT.desc(), NODE_POOL_DECISION.POOL, NODE_POOL_DECISION.SEQ.desc())
        .limit(Math.max(1, Math.min(query.limit(), MAX_DECISIONS)))
        .fetch(NodePoolQueryHandler::view));
  }

  private static NodePoolView view(NodePoolRecord r) {
    return new NodePoolView(r.getName(), r.getMachineDeployment(), r.getNamespace(), r.getMinNodes(),
        r.getMaxNodes(), r.getNodeLabel(), r.getNodes(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(),
        r.getVersion());
  }

  private static NodePoolDecisionView view(NodePoolDecisionRecord r) {
    return new NodePoolDecisionView(r.getPool(), r.getFromNodes(), r.getToNodes(), r.getReason(), r.getNode(),
        r.getActor(), r.getDecidedAt().toInstant());
  }
}
