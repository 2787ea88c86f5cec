package io.kiln.domain.events;

import io.kiln.domain.KilnException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of names (projects, event types, command types) that something may see or do: {@code ["*"]} is all of
 * them, an empty list none.
 */
public record Scope(List<String> names) {
  public static final String ALL = "*";

  public Scope {
    names = List.copyOf(new LinkedHashSet<>(names == null ? List.of() : names));
  }

  public static Scope of(String... names) {
    return new Scope(List.of(names));
  }

  public boolean all() {
    return names.contains(ALL);
  }

  public boolean allows(String name) {
    return all() || (name != null && names.contains(name));
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** What of {@code requested} lies outside this scope; {@code requested} all asks for everything. */
  public List<String> beyond(Scope requested) {
    if (all()) {
      return List.of();
    }
    if (requested.all()) {
      return List.of(ALL);
    }
    List<String> outside = new ArrayList<>(requested.names());
    outside.removeAll(Set.copyOf(names));
    return outside;
  }

  /** Checks a list a client sent: at most {@code max} entries, each matching {@code rule}, or {@code *} alone. */
  public static Scope parse(String field, List<String> raw, int max, java.util.function.Predicate<String> rule,
                            boolean emptyAllowed) {
    if (raw == null || raw.isEmpty()) {
      if (!emptyAllowed) {
        throw KilnException.invalid(field, "must name at least one entry, or \"*\" for all");
      }
      return new Scope(List.of());
    }
    if (raw.size() > max) {
      throw KilnException.invalid(field, "must have at most " + max + " entries");
    }
    if (raw.contains(ALL) && raw.size() > 1) {
      throw KilnException.invalid(field, "\"*\" stands alone");
    }
    for (String name : raw) {
      if (name == null || (!ALL.equals(name) && !rule.test(name))) {
        throw KilnException.invalid(field, "has an entry that is not valid: " + abbreviate(name));
      }
    }
    return new Scope(raw);
  }

  private static String abbreviate(String s) {
    return s == null ? "null" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
