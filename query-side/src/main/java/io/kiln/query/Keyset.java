package io.kiln.query;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Keyset paging over a sort key and a UUID id: the order, the condition "after the token's row", and the next
 * page's token. Stable under inserts, unlike offsets.
 */
public final class Keyset<K> {
  private final Field<K> key;
  private final Field<UUID> id;
  private final boolean descending;
  private final Function<String, K> parseKey;

  public Keyset(Field<K> key, Field<UUID> id, boolean descending, Function<String, K> parseKey) {
    this.key = key;
    this.id = id;
    this.descending = descending;
    this.parseKey = parseKey;
  }

  public static Keyset<String> byName(Field<String> key, Field<UUID> id) {
    return new Keyset<>(key, id, false, s -> s);
  }

  public Condition after(String pageToken) {
    List<String> last = PageTokens.decode(pageToken);
    if (last == null) {
      return DSL.trueCondition();
    }
    K lastKey;
    try {
      lastKey = parseKey.apply(last.get(0));
    } catch (RuntimeException e) {
      throw PageTokens.invalid();
    }
    UUID lastId = Uuids.parse(last.get(1)).orElseThrow(PageTokens::invalid);
    return descending ? DSL.row(key, id).lt(lastKey, lastId) : DSL.row(key, id).gt(lastKey, lastId);
  }

  public List<SortField<?>> order() {
    return descending ? List.of(key.desc(), id.desc()) : List.of(key.asc(), id.asc());
  }

  /** The first {@code pageSize} of {@code rows} (fetched with one extra), and a token when more follow. */
  public <R extends Record, V> Slice<V> slice(List<R> rows, int pageSize, Function<List<R>, List<V>> toViews) {
    List<R> page = rows.subList(0, Math.min(rows.size(), pageSize));
    String next = null;
    if (rows.size() > pageSize) {
      R last = rows.get(pageSize - 1);
      next = PageTokens.encode(String.valueOf(last.get(key)), last.get(id).toString());
    }
    return new Slice<>(toViews.apply(page), next);
  }

  public record Slice<V>(List<V> items, String nextPageToken) {}
}
