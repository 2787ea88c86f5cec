package io.kiln.web.error;

import io.kiln.domain.ErrorCategory;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.FieldViolation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An API refusal before it is written: a stable code, what went wrong, and the fields at fault. */
public record Problem(ErrorCode code, String detail, List<FieldViolation> errors, Map<String, Object> details) {

  public Problem(ErrorCode code, String detail) {
    this(code, detail, List.of(), Map.of());
  }

  public HttpStatus status() {
    return status(code.category());
  }

  static HttpStatus status(ErrorCategory category) {
    return switch (category) {
      case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
      case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
      case PERMISSION_DENIED -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case PAYLOAD_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
      case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      case BAD_GATEWAY -> HttpStatus.BAD_GATEWAY;
      case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }
}
