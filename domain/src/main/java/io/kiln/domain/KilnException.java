package io.kiln.domain;

import java.util.List;
import java.util.Map;

/** A refused request: a stable {@link ErrorCode}, a message for people, and the offending fields if any. */
public class KilnException extends RuntimeException {
  private final ErrorCode code;
  private final transient List<FieldViolation> violations;
  private final transient Map<String, Object> details;

  public KilnException(ErrorCode code, String message) {
    this(code, message, List.of(), Map.of());
  }

  public KilnException(ErrorCode code, String message, List<FieldViolation> violations) {
    this(code, message, violations, Map.of());
  }

  /** A refusal with machine-readable facts about it, e.g. which quota, what was asked, used and allowed. */
  public KilnException(ErrorCode code, String message, Map<String, Object> details) {
    this(code, message, List.of(), details);
  }

  protected KilnException(ErrorCode code, String message, List<FieldViolation> violations,
                        Map<String, Object> details) {
    super(message, null, false, false);
    this.code = code;
    this.violations = List.copyOf(violations);
    this.details = Map.copyOf(details);
  }

  public static KilnException invalid(String field, String message) {
    return new KilnException(ErrorCode.VALIDATION_FAILED, field + ": " + message,
        List.of(new FieldViolation(field, message)));
  }

  public static KilnException forbidden(String message) {
    return new KilnException(ErrorCode.FORBIDDEN, message);
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  public Map<String, Object> details() {
    return details;
  }
}
