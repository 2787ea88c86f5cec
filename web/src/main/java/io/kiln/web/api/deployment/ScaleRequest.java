package io.kiln.web.api.deployment;

public record ScaleRequest(Integer replicas) {}
