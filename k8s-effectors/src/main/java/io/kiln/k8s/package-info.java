/**
 * Kubernetes effectors: level-triggered reconcilers that record desired state from events, converge the cluster with
 * server-side apply under deterministic names, and send what the cluster reports back as commands. The reconcilers
 * arrive with the workloads that need them; this module holds the boundary they will live in.
 */
package io.kiln.k8s;
