package io.kiln.domain.nodepool;

import org.axonframework.serialization.Revision;

/** The pool's definition as it is now (MachineDeployment, bounds and node label are decided together). */
@Revision("1")
public record NodePoolChangedEvent(String name, String machineDeployment, String namespace, int minNodes,
                                   int maxNodes, String nodeLabel) {}
