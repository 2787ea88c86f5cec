package io.kiln.domain;

import java.util.List;

/** A refused request: a stable {@link ErrorCode}, a message for people, and the offending fields if any. */
public class KilnException extends RuntimeException {
  private final ErrorCode code;
  private final transient List<FieldViolation> violations;

  public KilnException(ErrorCode code, String message) {
    this(code, message, List.of());
  }

  public KilnException(ErrorCode code, String message, List<FieldViolation> violations) {
    super(message, null, false, false);
    this.code = code;
    this.violations = List.copyOf(violations);
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
}
