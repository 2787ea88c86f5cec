package io.kiln.k8s.nodepools;

/** A node pool as the scaler sees it: where it grows, its bounds, its node label, the size last decided. */
public record Pool(String name, String machineDeployment, String namespace, int min, int max, String nodeLabel,
                   Integer nodes) {}
