package io.kiln.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enum constants travel as lower-case names on the API: {@code PRIVATE} is {@code "private"}. */
public final class WireNames {
  private WireNames() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(wire)).findFirst();
  }

  @SafeVarargs
  public static <E extends Enum<E>> E require(Class<E> type, String field, String wire, E... allowed) {
    E[] choices = allowed.length > 0 ? allowed : type.getEnumConstants();
    return parse(type, wire).filter(e -> Arrays.asList(choices).contains(e)).orElseThrow(() ->
        KilnException.invalid(field, "must be one of " + Arrays.stream(choices).map(WireNames::of)
            .collect(Collectors.joining(", "))));
  }
}
