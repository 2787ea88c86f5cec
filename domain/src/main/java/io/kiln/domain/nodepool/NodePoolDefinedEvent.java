package io.kiln.domain.nodepool;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NodePoolDefinedEvent(String name, String machineDeployment, String namespace, int minNodes,
                                   int maxNodes, String nodeLabel) {}
