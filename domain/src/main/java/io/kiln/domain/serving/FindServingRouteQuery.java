package io.kiln.domain.serving;

/** Which deployment of a model takes its calls now, and how they split between its versions. */
public record FindServingRouteQuery(String modelId) {}
