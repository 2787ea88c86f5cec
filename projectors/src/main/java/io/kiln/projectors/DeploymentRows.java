package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.DEPLOYMENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/** The rows of {@code readmodel.deployment}: a new one, and the columns every rollout changes. */
final class DeploymentRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeploymentRows() {}

  static void insert(DSLContext dsl, DeploymentCreatedEvent e, Instant at, long version)
      throws JsonProcessingException {
    dsl.insertInto(DEPLOYMENT)
        .set(DEPLOYMENT.DEPLOYMENT_ID, UUID.fromString(e.deploymentId()))
        .set(DEPLOYMENT.MODEL_ID, UUID.fromString(e.modelId()))
        .set(DEPLOYMENT.PROJECT_ID, UUID.fromString(e.projectId()))
        .set(DEPLOYMENT.OWNER_ID, UUID.fromString(e.ownerId()))
        .set(DEPLOYMENT.STATE, DeploymentState.PENDING.name())
        .set(DEPLOYMENT.GENERATION, 1)
        .set(DEPLOYMENT.MODEL_VERSION, e.modelVersion())
        .set(DEPLOYMENT.IMAGE, e.image())
        .set(DEPLOYMENT.REPLICAS, e.replicas())
        .set(DEPLOYMENT.CANARY_REPLICAS, 0)
        .set(DEPLOYMENT.READY_REPLICAS, 0)
        .set(DEPLOYMENT.PROFILE_ID, UUID.fromString(e.profileId()))
        .set(DEPLOYMENT.PROFILE_NAME, e.profileName())
        .set(DEPLOYMENT.CPU_MILLIS, e.resources().cpuMillis())
        .set(DEPLOYMENT.MEMORY_MIB, e.resources().memoryMiB())
        .set(DEPLOYMENT.GPUS, e.resources().gpus())
        .set(DEPLOYMENT.GPU_TYPE, e.resources().gpuType())
        .set(DEPLOYMENT.ENVIRONMENT, JSONB.valueOf(JSON.writeValueAsString(e.environment())))
        .set(DEPLOYMENT.SECRET_NAMES, String.join(",", new TreeSet<>(e.secretRefs().keySet())))
        .set(DEPLOYMENT.CREATED_AT, utc(at))
        .set(DEPLOYMENT.UPDATED_AT, utc(at))
        .set(DEPLOYMENT.VERSION, version)
        .onConflict(DEPLOYMENT.DEPLOYMENT_ID).doNothing()
        .execute();
  }

  /** A new rollout: a deployment that deploys or serves rolls out; others (not started yet) stay as they are. */
  static Map<Field<?>, Object> rollout(int generation) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(DEPLOYMENT.GENERATION, generation);
    changes.put(DEPLOYMENT.STATE, DSL.when(DEPLOYMENT.STATE.in(DeploymentState.DEPLOYING.name(),
        DeploymentState.DEPLOYED.name()), DeploymentState.DEPLOYING.name()).otherwise(DEPLOYMENT.STATE));
    return changes;
  }

  static Map<Field<?>, Object> withoutCanary(Map<Field<?>, Object> changes) {
    changes.put(DEPLOYMENT.CANARY_VERSION, null);
    changes.put(DEPLOYMENT.CANARY_IMAGE, null);
    changes.put(DEPLOYMENT.CANARY_PERCENT, null);
    changes.put(DEPLOYMENT.CANARY_REPLICAS, 0);
    return changes;
  }

  /** Nothing serves a deployment that has ended. */
  static Map<Field<?>, Object> ended(DeploymentState state) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(DEPLOYMENT.STATE, state.name());
    changes.put(DEPLOYMENT.READY_REPLICAS, 0);
    changes.put(DEPLOYMENT.SERVING_VERSION, null);
    changes.put(DEPLOYMENT.SERVING_CANARY_VERSION, null);
    changes.put(DEPLOYMENT.SERVING_CANARY_PERCENT, null);
    return changes;
  }
}
