package io.kiln.web.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.FieldViolation;
import io.kiln.domain.KilnException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Maps every failure a request can meet to the one {@link Problem} the API answers with. */
public final class Problems {
  private Problems() {}

  public static Problem from(Throwable error) {
    if (error instanceof KilnException k) {
      return new Problem(k.code(), k.getMessage(), k.violations(), k.details());
    }
    Throwable tooLarge = find(error, DataBufferLimitException.class);
    if (tooLarge != null || error instanceof PayloadTooLargeException) {
      return new Problem(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB");
    }
    if (error instanceof UnsupportedMediaTypeStatusException e) {
      return new Problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json; got "
          + (e.getContentType() == null ? "no content type" : e.getContentType()));
    }
    if (error instanceof NotAcceptableStatusException) {
      return new Problem(ErrorCode.NOT_ACCEPTABLE, "This resource is available as application/json");
    }
    if (error instanceof MethodNotAllowedException e) {
      return new Problem(ErrorCode.METHOD_NOT_ALLOWED, e.getHttpMethod() + " is not allowed here");
    }
    if (error instanceof ServerWebInputException input) {
      return fromInput(input);
    }
    if (error instanceof ResponseStatusException status) {
      if (status.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
        return new Problem(ErrorCode.NOT_FOUND, "No such resource");
      }
      if (status.getStatusCode().is4xxClientError()) {
        return new Problem(ErrorCode.MALFORMED_REQUEST, status.getReason() != null ? status.getReason()
            : "The request could not be read as sent (" + status.getStatusCode().value() + ")");
      }
    }
    return new Problem(ErrorCode.INTERNAL, "Something went wrong on Kiln's side; the request id names it in the log");
  }

  private static Problem fromInput(ServerWebInputException input) {
    if (input instanceof MissingRequestValueException missing) {
      return invalid(ErrorCode.VALIDATION_FAILED, missing.getName() + " is required",
          new FieldViolation(missing.getName(), "is required"));
    }
    TypeMismatchException mismatch = find(input, TypeMismatchException.class);
    if (mismatch != null) {
      String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName()
          : input.getMethodParameter() != null ? input.getMethodParameter().getParameterName() : "parameter";
      return invalid(ErrorCode.VALIDATION_FAILED, name + " has the wrong type",
          new FieldViolation(name, "has the wrong type"));
    }
    JsonProcessingException json = find(input, JsonProcessingException.class);
    if (json != null) {
      return fromJson(json);
    }
    return new Problem(ErrorCode.MALFORMED_REQUEST,
        input.getReason() == null ? "The request could not be read" : input.getReason());
  }

  private static Problem fromJson(JsonProcessingException json) {
    if (json instanceof JsonParseException) {
      return new Problem(ErrorCode.MALFORMED_REQUEST, "The body is not well-formed JSON");
    }
    if (json instanceof JsonMappingException mapping) {
      String field = path(mapping);
      String message;
      if (mapping instanceof UnrecognizedPropertyException) {
        message = "is not a known field";
      } else if (mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException) {
        message = field.isEmpty() ? "the body has the wrong shape" : "has the wrong type or format";
      } else {
        message = "could not be read";
      }
      if (field.isEmpty()) {
        return new Problem(ErrorCode.MALFORMED_REQUEST, "The body " + message.replace("the body ", ""));
      }
      return invalid(ErrorCode.MALFORMED_REQUEST, field + ": " + message, new FieldViolation(field, message));
    }
    return new Problem(ErrorCode.MALFORMED_REQUEST, "The body could not be read");
  }

  private static Problem invalid(ErrorCode code, String detail, FieldViolation violation) {
    return new Problem(code, detail, List.of(violation), Map.of());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
