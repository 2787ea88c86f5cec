package io.kiln.domain.job;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** One field of a cron expression: the values it allows, parsed from lists, ranges, steps and names. */
final class CronField {
  private final String label;
  private final BitSet values;
  private final boolean star;

  private CronField(String label, BitSet values, boolean star) {
    this.label = label;
    this.values = values;
    this.star = star;
  }

  /** {@code names}, when given, name the values from {@code min} on (JAN is 1, SUN is 0). */
  static CronField parse(String label, String text, int min, int max, List<String> names) {
    BitSet values = new BitSet(max + 1);
    for (String item : text.split(",", -1)) {
      parseItem(label, item, min, max, names, values);
    }
    return new CronField(label, values, text.startsWith("*"));
  }

  private static void parseItem(String label, String item, int min, int max, List<String> names, BitSet values) {
    if (item.isEmpty()) {
      throw new IllegalArgumentException(label + ": empty list item");
    }
    String range = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(label, item.substring(slash + 1), 1, max - min + 1, "step");
    }
    int from;
    int to;
    if (range.equals("*")) {
      from = min;
      to = max;
    } else if (range.indexOf('-') > 0) {
      int dash = range.indexOf('-');
      from = value(label, range.substring(0, dash), min, max, names);
      to = value(label, range.substring(dash + 1), min, max, names);
      if (from > to) {
        throw new IllegalArgumentException(label + ": range " + range + " runs backwards");
      }
    } else {
      from = value(label, range, min, max, names);
      to = slash >= 0 ? max : from;
    }
    for (int v = from; v <= to; v += step) {
      values.set(v);
    }
  }

  private static int value(String label, String text, int min, int max, List<String> names) {
    if (names != null) {
      int named = names.indexOf(text.toUpperCase(Locale.ROOT));
      if (named >= 0) {
        return named + min;
      }
    }
    return number(label, text, min, max, "value");
  }

  private static int number(String label, String text, int min, int max, String what) {
    if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(label + ": '" + text + "' is not a " + what);
    }
    int n = Integer.parseInt(text);
    if (n < min || n > max) {
      throw new IllegalArgumentException(label + ": " + what + " " + n + " is outside " + min + "–" + max);
    }
    return n;
  }

  boolean matches(int value) {
    return values.get(value);
  }

  /** True when the field starts with {@code *}: it does not restrict the day (see day matching). */
  boolean star() {
    return star;
  }

  /** Folds day-of-week 7 (also Sunday) onto 0. */
  CronField sundayIsZero() {
    BitSet folded = (BitSet) values.clone();
    if (folded.get(7)) {
      folded.set(0);
      folded.clear(7);
    }
    return new CronField(label, folded, star);
  }
}
