package io.kiln.k8s.models;

import io.kiln.k8s.serving.ServingLabels;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Names;
import io.kiln.k8s.objects.PodSecurity;
import io.kiln.k8s.objects.Sizes;
import io.kiln.k8s.secrets.SecretReferences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model deployment: per model version that runs, a Deployment of its image serving on port {@value #PORT} and a
 * Service in front of it; the deployment's secrets in one Secret that the containers read as environment. The
 * Deployment carries the rollout (generation) it was last applied for; the pods roll only on a new image or a restart.
 */
public final class ModelDeploymentManifests {
  public static final int PORT = 8080;
  public static final String MODEL_VERSION = ServingLabels.MODEL_VERSION;
  public static final String RESTART = "kiln.io/restart";
  public static final String WORKLOAD = "model-deployment";

  private ModelDeploymentManifests() {}

  public static List<HasMetadata> of(ModelDeploymentSpec spec, ModelDeploymentSpec.Version version) {
    return List.of(deployment(spec, version), service(spec, version.number()));
  }

  public static Deployment deployment(ModelDeploymentSpec spec, ModelDeploymentSpec.Version version) {
    Map<String, String> labels = labels(spec, version.number());
    Map<String, String> selector = Map.of(Labels.WORKLOAD_ID, spec.deploymentId(), MODEL_VERSION,
        String.valueOf(version.number()));
    Map<String, String> deploymentLabels = new LinkedHashMap<>(labels);
    deploymentLabels.put(Labels.GENERATION, String.valueOf(spec.generation()));
    List<EnvVar> env = new ArrayList<>();
    spec.environment().forEach((k, v) -> env.add(new EnvVar(k, v, null)));
    spec.secretRefs().keySet().stream().sorted().forEach(name -> env.add(new EnvVarBuilder().withName(name)
        .withNewValueFrom().withNewSecretKeyRef().withName(Names.modelSecrets(spec.deploymentId())).withKey(name)
        .endSecretKeyRef().endValueFrom().build()));
    env.add(new EnvVar("PORT", String.valueOf(PORT), null));
    env.add(new EnvVar("KILN_DEPLOYMENT_ID", spec.deploymentId(), null));
    env.add(new EnvVar("KILN_MODEL_VERSION", String.valueOf(version.number()), null));
    var container = new ContainerBuilder().withName("model").withImage(version.image()).withEnv(env)
        .addNewPort().withName("http").withContainerPort(PORT).endPort()
        .withResources(Sizes.of(spec.resources())).withSecurityContext(PodSecurity.container())
        .withNewReadinessProbe().withNewTcpSocket().withPort(new IntOrString(PORT)).endTcpSocket()
        .withPeriodSeconds(5).endReadinessProbe().build();
    Map<String, String> podAnnotations = spec.restart() == 0 ? Map.of()
        : Map.of(RESTART, String.valueOf(spec.restart()));
    return new DeploymentBuilder().withNewMetadata().withName(Names.modelVersion(spec.deploymentId(),
            version.number())).withNamespace(Names.userNamespace(spec.ownerId())).withLabels(deploymentLabels)
        .endMetadata().withNewSpec().withReplicas(version.replicas())
        .withNewSelector().withMatchLabels(selector).endSelector()
        .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate().withMaxUnavailable(new IntOrString(0))
        .withMaxSurge(new IntOrString(1)).endRollingUpdate().endStrategy()
        .withNewTemplate().withNewMetadata().withLabels(labels).withAnnotations(podAnnotations).endMetadata()
        .withNewSpec().withAutomountServiceAccountToken(false).withEnableServiceLinks(false)
        .withSecurityContext(PodSecurity.pod()).withNodeSelector(Sizes.nodeSelector(spec.resources()))
        .withContainers(container).endSpec().endTemplate().endSpec().build();
  }

  public static Service service(ModelDeploymentSpec spec, int version) {
    return new ServiceBuilder().withNewMetadata().withName(Names.modelVersion(spec.deploymentId(), version))
        .withNamespace(Names.userNamespace(spec.ownerId())).withLabels(labels(spec, version)).endMetadata()
        .withNewSpec().withSelector(Map.of(Labels.WORKLOAD_ID, spec.deploymentId(), MODEL_VERSION,
            String.valueOf(version)))
        .addNewPort().withName("http").withPort(80).withTargetPort(new IntOrString(PORT)).endPort().endSpec().build();
  }

  /** The Secret as Kiln wants it: under each name, the reference of the value, resolved only when applied. */
  public static Secret secrets(ModelDeploymentSpec spec) {
    return SecretReferences.sealed(new SecretBuilder().withNewMetadata()
        .withName(Names.modelSecrets(spec.deploymentId())).withNamespace(Names.userNamespace(spec.ownerId()))
        .withLabels(Labels.of(WORKLOAD, spec.deploymentId(), spec.projectId(), spec.ownerId())).endMetadata()
        .withType("Opaque").withStringData(new LinkedHashMap<>(spec.secretRefs())).build());
  }

  /** The base URL of one version's Service inside the cluster. */
  public static String url(String deploymentId, String ownerId, int version) {
    return "http://" + Names.modelVersion(deploymentId, version) + "." + Names.userNamespace(ownerId) + ".svc/";
  }

  private static Map<String, String> labels(ModelDeploymentSpec spec, int version) {
    Map<String, String> labels = Labels.of(WORKLOAD, spec.deploymentId(), spec.projectId(), spec.ownerId());
    labels.put(MODEL_VERSION, String.valueOf(version));
    labels.put(ServingLabels.DEPLOYMENT, spec.deploymentId());
    return labels;
  }
}
