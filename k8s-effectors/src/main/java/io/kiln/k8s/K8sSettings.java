package io.kiln.k8s;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.k8s.*}: the cluster (default: the kubeconfig, or the service account inside a pod; {@code KILN_K8S_MASTER_URL}
 * overrides), Kiln's own namespace (whose proxy may reach user pods), the build namespace, the NFS export of project
 * files and the images of the build pipeline, how often everything is re-applied, and a client-side rate limit.
 */
@ConfigurationProperties("kiln.k8s")
public record K8sSettings(String masterUrl,
                          @DefaultValue("kiln") String kilnNamespace,
                          @DefaultValue("kiln-builds") String buildNamespace,
                          @DefaultValue("") String nfsServer,
                          @DefaultValue("/exports/kiln") String nfsPath,
                          @DefaultValue("") String storageClass,
                          @DefaultValue("apps.kiln.local") String appsDomain,
                          @DefaultValue("alpine/git:2.45.2") String gitImage,
                          @DefaultValue("gcr.io/kaniko-project/executor:v1.23.2") String builderImage,
                          @DefaultValue("gcr.io/go-containerregistry/crane:v0.20.2") String pusherImage,
                          @DefaultValue("5m") Duration resyncInterval,
                          @DefaultValue("20") int requestsPerSecond) {}
