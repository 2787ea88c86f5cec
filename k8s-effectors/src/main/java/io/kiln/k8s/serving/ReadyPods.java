package io.kiln.k8s.serving;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether a pod takes calls now (running, ready, with an address, not being deleted), and where. */
final class ReadyPods {
  private ReadyPods() {}

  static Optional<URI> baseUrl(Pod pod) {
    if (!ready(pod)) {
      return Optional.empty();
    }
    return Optional.of(URI.create("http://" + host(pod.getStatus().getPodIP()) + ":" + port(pod)));
  }

  static boolean ready(Pod pod) {
    var status = pod.getStatus();
    if (pod.getMetadata().getDeletionTimestamp() != null || status == null || status.getPodIP() == null
        || status.getPodIP().isBlank() || !"Running".equals(status.getPhase())) {
      return false;
    }
    List<PodCondition> conditions = status.getConditions() == null ? List.of() : status.getConditions();
    return conditions.stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  static int port(Pod pod) {
    List<ContainerPort> ports = pod.getSpec() == null || pod.getSpec().getContainers() == null ? List.of()
        : pod.getSpec().getContainers().stream().map(Container::getPorts).filter(Objects::nonNull)
            .flatMap(List::stream).filter(p -> p.getContainerPort() != null).toList();
    return ports.stream().filter(p -> ServingLabels.PORT_NAME.equals(p.getName())).findFirst()
        .or(() -> ports.stream().findFirst())
        .map(ContainerPort::getContainerPort)
        .orElse(ServingLabels.DEFAULT_PORT);
  }

  private static String host(String ip) {
    return ip.contains(":") ? "[" + ip + "]" : ip;
  }
}
