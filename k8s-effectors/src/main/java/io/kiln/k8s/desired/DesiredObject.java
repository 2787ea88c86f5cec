package io.kiln.k8s.desired;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** One object the effectors want to exist ({@code present}) or to be gone, at a generation of that wish. */
public record DesiredObject(String key, String ownerId, HasMetadata manifest, boolean present, long generation) {}
