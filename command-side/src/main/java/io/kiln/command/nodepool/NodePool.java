package io.kiln.command.nodepool;

import static io.kiln.command.Permissions.requireAdmin;
import static io.kiln.command.Permissions.requireReporter;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.nodepool.ChangeNodePoolCommand;
import io.kiln.domain.nodepool.DefineNodePoolCommand;
import io.kiln.domain.nodepool.DeleteNodePoolCommand;
import io.kiln.domain.nodepool.NodePoolChangedEvent;
import io.kiln.domain.nodepool.NodePoolDefinedEvent;
import io.kiln.domain.nodepool.NodePoolDeletedEvent;
import io.kiln.domain.nodepool.NodePoolRules;
import io.kiln.domain.nodepool.NodePoolScaledEvent;
import io.kiln.domain.nodepool.ScaleNodePoolCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A group of cluster nodes grown and shrunk by a Cluster API MachineDeployment within bounds an administrator sets.
 * Every size the scaler decides is an event with its reason. Known by its name; a deleted name may be defined again.
 */
@Aggregate
public class NodePool {
  @AggregateIdentifier
  private String name;
  private NodePoolChangedEvent definition;
  private Integer nodes;
  private boolean deleted;

  protected NodePool() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(DefineNodePoolCommand c, Actor actor) {
    requireAdmin(actor, "manage node pools");
    NodePoolRules.check(c.name(), c.machineDeployment(), c.namespace(), c.minNodes(), c.maxNodes(), c.nodeLabel());
    if (name != null && !deleted) {
      throw new KilnException(ErrorCode.NODE_POOL_EXISTS, "A node pool named " + c.name() + " exists");
    }
    apply(new NodePoolDefinedEvent(c.name(), c.machineDeployment(), c.namespace(), c.minNodes(), c.maxNodes(),
        c.nodeLabel()));
    return getVersion();
  }

  @CommandHandler
  public long handle(ChangeNodePoolCommand c, Actor actor) {
    requireAdmin(actor, "manage node pools");
    requireExisting();
    NodePoolRules.check(name, c.machineDeployment(), c.namespace(), c.minNodes(), c.maxNodes(), c.nodeLabel());
    var wanted = new NodePoolChangedEvent(name, c.machineDeployment(), c.namespace(), c.minNodes(), c.maxNodes(),
        c.nodeLabel());
    if (!wanted.equals(definition)) {
      apply(wanted);
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(DeleteNodePoolCommand c, Actor actor) {
    requireAdmin(actor, "manage node pools");
    if (!deleted) {
      apply(new NodePoolDeletedEvent(name));
    }
    return getVersion();
  }

  /** A decision of the scaler; deciding the size the pool already has changes nothing. */
  @CommandHandler
  public long handle(ScaleNodePoolCommand c, Actor actor) {
    requireReporter(actor);
    requireExisting();
    if (c.to() < definition.minNodes() || c.to() > definition.maxNodes()) {
      throw KilnException.invalid("to", c.to() + " is outside the pool's bounds " + definition.minNodes() + "–"
          + definition.maxNodes());
    }
    if (c.reason() == null || c.reason().isBlank()) {
      throw KilnException.invalid("reason", "every scale decision gives its reason");
    }
    if (nodes == null || nodes != c.to()) {
      apply(new NodePoolScaledEvent(name, c.from(), c.to(), c.reason(), c.node()));
    }
    return getVersion();
  }

  private void requireExisting() {
    if (deleted) {
      throw new KilnException(ErrorCode.NODE_POOL_NOT_FOUND, "Node pool " + name + " was deleted");
    }
  }

  @EventSourcingHandler
  void on(NodePoolDefinedEvent e) {
    name = e.name();
    deleted = false;
    nodes = null;
    definition = new NodePoolChangedEvent(e.name(), e.machineDeployment(), e.namespace(), e.minNodes(), e.maxNodes(),
        e.nodeLabel());
  }

  @EventSourcingHandler
  void on(NodePoolChangedEvent e) {
    definition = e;
  }

  @EventSourcingHandler
  void on(NodePoolScaledEvent e) {
    nodes = e.to();
  }

  @EventSourcingHandler
  void on(NodePoolDeletedEvent e) {
    deleted = true;
  }
}
