package io.kiln.query.build;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.BUILD;
import static io.kiln.query.jooq.Tables.BUILD_QUEUE_ENTRY;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildRecipe;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.BuildState;
import io.kiln.domain.build.BuildView;
import io.kiln.query.jooq.tables.BuildQueueEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/** Reads builds with their requester's name and their place in the queue; projectors use it to publish changes. */
public final class BuildViews {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final BuildQueueEntry AHEAD = BUILD_QUEUE_ENTRY.as("ahead");
  private static final Field<Integer> POSITION = DSL.field(DSL.select(DSL.count().add(1)).from(AHEAD)
      .where(AHEAD.DISPATCHED.isFalse())
      .and(AHEAD.ENQUEUED_AT.lt(BUILD_QUEUE_ENTRY.ENQUEUED_AT))).as("position");
  private final DSLContext dsl;

  public BuildViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<BuildView> byId(String buildId) {
    return select().where(BUILD.BUILD_ID.eq(UUID.fromString(buildId))).fetchOptional().map(BuildViews::view);
  }

  /** Every build still waiting in the queue, whose position may have changed. */
  public List<BuildView> waiting() {
    return select().where(BUILD_QUEUE_ENTRY.DISPATCHED.isFalse()).fetch().map(BuildViews::view);
  }

  SelectJoinStep<Record> select() {
    return dsl.select(BUILD.fields()).select(APP_USER.USERNAME, BUILD_QUEUE_ENTRY.DISPATCHED, POSITION).from(BUILD)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(BUILD.REQUESTED_BY))
        .leftJoin(BUILD_QUEUE_ENTRY).on(BUILD_QUEUE_ENTRY.BUILD_ID.eq(BUILD.BUILD_ID));
  }

  static List<BuildView> views(List<Record> rows) {
    return rows.stream().map(BuildViews::view).toList();
  }

  static BuildView view(Record r) {
    BuildState state = BuildState.valueOf(r.get(BUILD.STATE));
    boolean waiting = state == BuildState.QUEUED && Boolean.FALSE.equals(r.get(BUILD_QUEUE_ENTRY.DISPATCHED));
    return new BuildView(r.get(BUILD.BUILD_ID).toString(), r.get(BUILD.PROJECT_ID).toString(),
        r.get(BUILD.REQUESTED_BY).toString(), r.get(APP_USER.USERNAME), BuildKind.valueOf(r.get(BUILD.KIND)),
        r.get(BUILD.NAME), read(r.get(BUILD.SOURCE).data(), BuildSource.class),
        r.get(BUILD.BASE_RUNTIME_ID).toString(), read(r.get(BUILD.RECIPE).data(), BuildRecipe.class),
        r.get(BUILD.MODEL_ID) == null ? null : r.get(BUILD.MODEL_ID).toString(), state, r.get(BUILD.ADMITTED),
        waiting ? r.get(POSITION) : null, r.get(BUILD.IMAGE), r.get(BUILD.DIGEST), r.get(BUILD.FAILURE_REASON),
        r.get(BUILD.LOG_TAIL), r.get(BUILD.CREATED_AT).toInstant(), r.get(BUILD.UPDATED_AT).toInstant(),
        r.get(BUILD.VERSION));
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
