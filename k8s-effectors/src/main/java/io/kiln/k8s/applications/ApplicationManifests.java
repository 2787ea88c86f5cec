package io.kiln.k8s.applications;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Launchers;
import io.kiln.k8s.objects.Names;
import io.kiln.k8s.objects.PodSecurity;
import io.kiln.k8s.objects.Sizes;
import io.kiln.k8s.sessions.SessionManifests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application: a Deployment running its script on port {@value #PORT}, a Service, and an Ingress on
 * {@code <subdomain>.<apps domain>}. Each start carries its generation, so a restart rolls the pods.
 */
public final class ApplicationManifests {
  public static final int PORT = 8080;
  public static final String HOST_ANNOTATION = "kiln.io/host";

  private ApplicationManifests() {}

  public static List<HasMetadata> of(ApplicationSpec app, int generation, boolean projectStorage,
                                     K8sSettings settings) {
    String name = Names.application(app.applicationId());
    String namespace = Names.userNamespace(app.ownerId());
    Map<String, String> labels = Labels.of("application", app.applicationId(), app.projectId(), app.ownerId());
    Map<String, String> versioned = new LinkedHashMap<>(labels);
    versioned.put(Labels.GENERATION, String.valueOf(generation));
    List<EnvVar> env = new ArrayList<>();
    app.environment().forEach((k, v) -> env.add(new EnvVar(k, v, null)));
    env.add(new EnvVar("KILN_SCRIPT", app.script(), null));
    env.add(new EnvVar("PORT", String.valueOf(PORT), null));
    var container = new ContainerBuilder().withName("main").withImage(app.image())
        .withCommand(Launchers.command(SessionManifests.PROJECT_PATH)).withEnv(env)
        .addNewPort().withName("http").withContainerPort(PORT).endPort()
        .withResources(Sizes.of(app.resources())).withSecurityContext(PodSecurity.container())
        .withNewReadinessProbe().withNewHttpGet().withPath("/").withPort(new IntOrString(PORT)).endHttpGet()
        .withPeriodSeconds(5).endReadinessProbe()
        .addNewVolumeMount().withName("project").withMountPath(SessionManifests.PROJECT_PATH).endVolumeMount()
        .build();
    var deployment = new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace)
        .withLabels(versioned).addToAnnotations(HOST_ANNOTATION, host(app.subdomain(), settings)).endMetadata().withNewSpec().withReplicas(1)
        .withNewSelector().addToMatchLabels(Labels.WORKLOAD_ID, app.applicationId()).endSelector()
        .withNewTemplate().withNewMetadata().withLabels(versioned).endMetadata().withNewSpec()
        .withAutomountServiceAccountToken(false).withEnableServiceLinks(false)
        .withSecurityContext(PodSecurity.pod()).withNodeSelector(Sizes.nodeSelector(app.resources()))
        .withContainers(container).withVolumes(SessionManifests.projectVolume(app.projectId(), projectStorage))
        .endSpec().endTemplate().endSpec().build();
    var service = new ServiceBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
        .endMetadata().withNewSpec().withSelector(Map.of(Labels.WORKLOAD_ID, app.applicationId()))
        .addNewPort().withName("http").withPort(80).withTargetPort(new IntOrString(PORT)).endPort().endSpec().build();
    var ingress = new IngressBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
        .endMetadata().withNewSpec().addNewRule().withHost(host(app.subdomain(), settings)).withNewHttp()
        .addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService().withName(name)
        .withNewPort().withNumber(80).endPort().endService().endBackend().endPath().endHttp().endRule()
        .endSpec().build();
    return List.of(deployment, service, ingress);
  }

  public static String host(String subdomain, K8sSettings settings) {
    return subdomain + "." + settings.appsDomain();
  }
}
