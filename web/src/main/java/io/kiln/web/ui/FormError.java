package io.kiln.web.ui;

import io.kiln.domain.FieldViolation;
import io.kiln.web.error.Problem;
import io.kiln.web.error.Problems;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal as a form shows it: the sentence for the whole form, and a sentence next to each field it names. */
public record FormError(String code, String message, Map<String, String> fields) {

  public static FormError of(Throwable error) {
    Problem problem = Problems.from(error);
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldViolation violation : problem.errors()) {
      fields.merge(violation.field(), violation.message(), (a, b) -> a + "; " + b);
    }
    return new FormError(problem.code().name(), problem.detail(), fields);
  }

  public static FormError of(String message) {
    return new FormError("VALIDATION_FAILED", message, Map.of());
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /** The sentence for a field, or for a field whose name starts with this one ({@code trigger} for {@code trigger.cron}). */
  public String on(String field) {
    String exact = fields.get(field);
    if (exact != null) {
      return exact;
    }
    return fields.entrySet().stream().filter(e -> e.getKey().startsWith(field + ".")).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }
}
