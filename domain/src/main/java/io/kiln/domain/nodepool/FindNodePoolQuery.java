package io.kiln.domain.nodepool;

public record FindNodePoolQuery(String name) {}
