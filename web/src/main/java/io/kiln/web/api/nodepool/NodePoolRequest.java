package io.kiln.web.api.nodepool;

/** A pool to define ({@code name} required) or its whole new definition; {@code nodeLabel} defaults to the name. */
public record NodePoolRequest(String name, String machineDeployment, String namespace, Integer min, Integer max,
                              String nodeLabel) {}
