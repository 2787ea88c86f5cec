package io.kiln.k8s.reconcile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.client.RateLimit;
import io.kiln.k8s.desired.ObjectKeys;
import io.kiln.k8s.objects.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes objects labelled as Kiln's that Kiln does not want: what a crash or a deleted wish left behind. */
class OrphanSweeper {
  private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);
  private final KubernetesClient client;
  private final RateLimit rateLimit;

  OrphanSweeper(KubernetesClient client, RateLimit rateLimit) {
    this.client = client;
    this.rateLimit = rateLimit;
  }

  int sweep(Set<String> wanted) {
    int deleted = 0;
    for (HasMetadata object : managedObjects()) {
      if (!wanted.contains(ObjectKeys.key(object))) {
        log.info("Deleting {}, which Kiln no longer wants", ObjectKeys.key(object));
        rateLimit.acquire();
        client.resource(object).delete();
        deleted++;
      }
    }
    return deleted;
  }

  private List<HasMetadata> managedObjects() {
    String selector = Labels.MANAGED_BY;
    List<HasMetadata> all = new ArrayList<>();
    all.addAll(client.namespaces().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.persistentVolumes().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.resourceQuotas().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.limitRanges().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.network().v1().networkPolicies().inAnyNamespace().withLabel(selector, Labels.KILN).list()
        .getItems());
    all.addAll(client.persistentVolumeClaims().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.secrets().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.services().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.pods().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.apps().deployments().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.batch().v1().jobs().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    all.addAll(client.network().v1().ingresses().inAnyNamespace().withLabel(selector, Labels.KILN).list().getItems());
    return all;
  }
}
