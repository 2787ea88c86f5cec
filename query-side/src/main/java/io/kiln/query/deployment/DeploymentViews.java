package io.kiln.query.deployment;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.DEPLOYMENT;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.deployment.DeploymentState;
import io.kiln.domain.deployment.DeploymentView;
import io.kiln.domain.deployment.TrafficShare;
import io.kiln.domain.workload.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads deployments with their owner's name and turns them into views; projectors use it to publish changes. */
public final class DeploymentViews {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> ENVIRONMENT = new TypeReference<>() {};
  private final DSLContext dsl;

  public DeploymentViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<DeploymentView> byId(String deploymentId) {
    return select().where(DEPLOYMENT.DEPLOYMENT_ID.eq(UUID.fromString(deploymentId))).fetchOptional()
        .map(DeploymentViews::view);
  }

  SelectJoinStep<Record> select() {
    return dsl.select(DEPLOYMENT.fields()).select(APP_USER.USERNAME).from(DEPLOYMENT)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(DEPLOYMENT.OWNER_ID));
  }

  static List<DeploymentView> views(List<Record> rows) {
    return rows.stream().map(DeploymentViews::view).toList();
  }

  static DeploymentView view(Record r) {
    return new DeploymentView(r.get(DEPLOYMENT.DEPLOYMENT_ID).toString(), r.get(DEPLOYMENT.MODEL_ID).toString(),
        r.get(DEPLOYMENT.PROJECT_ID).toString(), r.get(DEPLOYMENT.OWNER_ID).toString(), r.get(APP_USER.USERNAME),
        DeploymentState.valueOf(r.get(DEPLOYMENT.STATE)), r.get(DEPLOYMENT.GENERATION),
        r.get(DEPLOYMENT.MODEL_VERSION), r.get(DEPLOYMENT.REPLICAS), r.get(DEPLOYMENT.CANARY_VERSION),
        r.get(DEPLOYMENT.CANARY_PERCENT), r.get(DEPLOYMENT.CANARY_REPLICAS), r.get(DEPLOYMENT.DESIRED_REPLICAS),
        r.get(DEPLOYMENT.READY_REPLICAS), traffic(r), r.get(DEPLOYMENT.PROFILE_ID).toString(),
        r.get(DEPLOYMENT.PROFILE_NAME), new Resources(r.get(DEPLOYMENT.CPU_MILLIS), r.get(DEPLOYMENT.MEMORY_MIB),
            r.get(DEPLOYMENT.GPUS), r.get(DEPLOYMENT.GPU_TYPE)), environment(r.get(DEPLOYMENT.ENVIRONMENT).data()),
        secrets(r.get(DEPLOYMENT.SECRET_NAMES)), r.get(DEPLOYMENT.FAILURE_REASON),
        r.get(DEPLOYMENT.CREATED_AT).toInstant(), r.get(DEPLOYMENT.UPDATED_AT).toInstant(), r.get(DEPLOYMENT.VERSION));
  }

  /** How calls are split now: by what was last deployed; nothing while nothing is. */
  private static List<TrafficShare> traffic(Record r) {
    Integer serving = r.get(DEPLOYMENT.SERVING_VERSION);
    Integer canary = r.get(DEPLOYMENT.SERVING_CANARY_VERSION);
    if (serving == null) {
      return List.of();
    }
    if (canary == null) {
      return List.of(new TrafficShare(serving, 100));
    }
    int percent = r.get(DEPLOYMENT.SERVING_CANARY_PERCENT);
    return List.of(new TrafficShare(serving, 100 - percent), new TrafficShare(canary, percent));
  }

  private static List<String> secrets(String names) {
    return names.isEmpty() ? List.of() : Arrays.asList(names.split(","));
  }

  private static Map<String, String> environment(String json) {
    try {
      return JSON.readValue(json, ENVIRONMENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
