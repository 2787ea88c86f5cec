package io.kiln.domain.deployment;

/** The share of a deployment's calls that a model version serves. */
public record TrafficShare(int modelVersion, int percent) {}
