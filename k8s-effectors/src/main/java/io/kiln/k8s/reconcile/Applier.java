package io.kiln.k8s.reconcile;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kiln.k8s.client.RateLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one object as desired: server-side apply under Kiln's field manager (forcing conflicts on the fields Kiln
 * owns). An API server without server-side apply (415, such as fabric8's mock server), or one that does not create on
 * apply (404), gets create-or-merge-patch.
 */
public class Applier {
  public static final String FIELD_MANAGER = "kiln";
  private static final Logger log = LoggerFactory.getLogger(Applier.class);
  private final KubernetesClient client;
  private final RateLimit rateLimit;
  private volatile boolean serverSideApply = true;

  public Applier(KubernetesClient client, RateLimit rateLimit) {
    this.client = client;
    this.rateLimit = rateLimit;
  }

  public void apply(HasMetadata object) {
    rateLimit.acquire();
    if (serverSideApply) {
      try {
        client.resource(object).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() == 415) {
          log.warn("The API server refuses server-side apply; Kiln falls back to create or merge-patch");
          serverSideApply = false;
        } else if (e.getCode() != 404) {
          throw e;
        }
      }
    }
    var resource = client.resource(object);
    rateLimit.acquire();
    if (resource.get() == null) {
      rateLimit.acquire();
      resource.create();
    } else {
      rateLimit.acquire();
      resource.patch(PatchContext.of(PatchType.JSON_MERGE), object);
    }
  }

  /** Deletes the object, its dependents (a Job's pods) in the background; true once it is gone (or already was). */
  public boolean delete(HasMetadata object) {
    var resource = client.resource(object);
    rateLimit.acquire();
    resource.withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
    rateLimit.acquire();
    return resource.get() == null;
  }
}
