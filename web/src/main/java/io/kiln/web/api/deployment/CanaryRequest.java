package io.kiln.web.api.deployment;

/** Route {@code percent} (0–100) of the calls to {@code modelVersion}. */
public record CanaryRequest(Integer modelVersion, Integer percent) {}
