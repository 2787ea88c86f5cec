package io.kiln.domain.nodepool;

public record ListNodePoolsQuery() {}
