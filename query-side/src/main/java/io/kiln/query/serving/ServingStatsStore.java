package io.kiln.query.serving;

import static io.kiln.query.jooq.Tables.MODEL_SERVING_STATS;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Adds batches of calls to {@code readmodel.model_serving_stats}: one upsert per model version, adding to the totals
 * in the database so that several Kiln replicas may write at once; rows in a fixed order so that they never deadlock.
 */
@Component
public class ServingStatsStore {
  private static final Field<Long[]> MERGED_BUCKETS = DSL.field(
      "array(select coalesce(a, 0) + coalesce(b, 0) from unnest({0}, {1}) with ordinality as t(a, b, i) order by i)",
      Long[].class, MODEL_SERVING_STATS.LATENCY_BUCKETS, DSL.excluded(MODEL_SERVING_STATS.LATENCY_BUCKETS));
  private final DSLContext dsl;

  ServingStatsStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  public void add(List<ServingTally> tallies) {
    List<ServingTally> ordered = tallies.stream()
        .sorted(Comparator.comparing(ServingTally::modelId).thenComparing(ServingTally::modelVersion)).toList();
    dsl.transaction(tx -> ordered.forEach(tally -> add(tx.dsl(), tally)));
  }

  private static void add(DSLContext dsl, ServingTally tally) {
    var s = MODEL_SERVING_STATS;
    dsl.insertInto(s)
        .set(s.MODEL_ID, UUID.fromString(tally.modelId()))
        .set(s.MODEL_VERSION, tally.modelVersion())
        .set(s.REQUESTS, tally.requests())
        .set(s.ERRORS, tally.errors())
        .set(s.LATENCY_MS_TOTAL, tally.latencyMsTotal())
        .set(s.LATENCY_BUCKETS, Arrays.stream(tally.latencyBuckets()).boxed().toArray(Long[]::new))
        .set(s.LAST_CALL_AT, tally.lastCallAt().atOffset(ZoneOffset.UTC))
        .onConflict(s.MODEL_ID, s.MODEL_VERSION).doUpdate()
        .set(s.REQUESTS, s.REQUESTS.plus(DSL.excluded(s.REQUESTS)))
        .set(s.ERRORS, s.ERRORS.plus(DSL.excluded(s.ERRORS)))
        .set(s.LATENCY_MS_TOTAL, s.LATENCY_MS_TOTAL.plus(DSL.excluded(s.LATENCY_MS_TOTAL)))
        .set(s.LATENCY_BUCKETS, MERGED_BUCKETS)
        .set(s.LAST_CALL_AT, DSL.greatest(s.LAST_CALL_AT, DSL.excluded(s.LAST_CALL_AT)))
        .execute();
  }
}
