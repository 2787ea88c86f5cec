package io.kiln.projectors;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** The idempotent update every projector does: change a row unless it already holds this version or a later one. */
final class Rows {
  private Rows() {}

  static void update(DSLContext dsl, Table<?> table, Field<UUID> idField, String id, Field<OffsetDateTime> updatedAt,
                     Field<Long> versionField, Instant at, long version, Map<Field<?>, Object> changes) {
    Map<Field<?>, Object> row = new HashMap<>(changes);
    row.put(updatedAt, Times.utc(at));
    row.put(versionField, version);
    dsl.update(table).set(row)
        .where(idField.eq(UUID.fromString(id)))
        .and(versionField.lt(version))
        .execute();
  }
}
