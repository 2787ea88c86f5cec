package io.kiln.query.application;

import static io.kiln.query.jooq.Tables.APPLICATION;
import static io.kiln.query.jooq.Tables.APP_USER;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.ApplicationView;
import io.kiln.domain.workload.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads application rows with their owner's name and turns them into views; projectors use it to publish changes. */
public final class ApplicationViews {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> ENVIRONMENT = new TypeReference<>() {};
  private final DSLContext dsl;

  public ApplicationViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<ApplicationView> byId(String applicationId) {
    return select().where(APPLICATION.APPLICATION_ID.eq(UUID.fromString(applicationId))).fetchOptional()
        .map(ApplicationViews::view);
  }

  SelectJoinStep<Record> select() {
    return dsl.select(APPLICATION.fields()).select(APP_USER.USERNAME).from(APPLICATION)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(APPLICATION.OWNER_ID));
  }

  static List<ApplicationView> views(List<Record> rows) {
    return rows.stream().map(ApplicationViews::view).toList();
  }

  static ApplicationView view(Record r) {
    return new ApplicationView(r.get(APPLICATION.APPLICATION_ID).toString(), r.get(APPLICATION.PROJECT_ID).toString(),
        r.get(APPLICATION.OWNER_ID).toString(), r.get(APP_USER.USERNAME), r.get(APPLICATION.NAME),
        r.get(APPLICATION.SUBDOMAIN), r.get(APPLICATION.SCRIPT), ApplicationState.valueOf(r.get(APPLICATION.STATE)),
        r.get(APPLICATION.RUNTIME_ID).toString(), r.get(APPLICATION.RUNTIME_NAME), r.get(APPLICATION.IMAGE),
        r.get(APPLICATION.PROFILE_ID).toString(), r.get(APPLICATION.PROFILE_NAME),
        new Resources(r.get(APPLICATION.CPU_MILLIS), r.get(APPLICATION.MEMORY_MIB), r.get(APPLICATION.GPUS),
            r.get(APPLICATION.GPU_TYPE)), environment(r.get(APPLICATION.ENVIRONMENT).data()),
        r.get(APPLICATION.URL), r.get(APPLICATION.FAILURE_REASON), instant(r.get(APPLICATION.CREATED_AT)),
        instant(r.get(APPLICATION.UPDATED_AT)), r.get(APPLICATION.VERSION),
        r.get(APPLICATION.RUNTIME_DEPRECATED)
            ? List.of("Runtime " + r.get(APPLICATION.RUNTIME_NAME) + " is deprecated") : List.of());
  }

  private static Map<String, String> environment(String json) {
    try {
      return JSON.readValue(json, ENVIRONMENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
