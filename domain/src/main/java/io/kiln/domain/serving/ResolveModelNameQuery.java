package io.kiln.domain.serving;

/**
 * The ids of the models with this name (case-insensitive), at most two: in the project of that owner (username) and
 * name when both are given, else anywhere in the workspace.
 */
public record ResolveModelNameQuery(String ownerUsername, String projectName, String modelName) {}
