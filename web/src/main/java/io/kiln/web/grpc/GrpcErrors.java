package io.kiln.web.grpc;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.web.error.Problem;
import io.kiln.web.error.Problems;

/**
 * The one place where refusals become gRPC statuses: the category of the error code picks the status, the stable
 * code itself travels in the {@code kiln-error-code} trailer.
 */
public final class GrpcErrors {
  public static final Metadata.Key<String> CODE = Metadata.Key.of("kiln-error-code", Metadata.ASCII_STRING_MARSHALLER);

  private GrpcErrors() {}

  public static StatusRuntimeException of(Throwable error) {
    if (error instanceof StatusRuntimeException already) {
      return already;
    }
    Problem problem = Problems.from(error);
    Metadata trailers = new Metadata();
    trailers.put(CODE, problem.code().name());
    return status(problem.code()).withDescription(problem.detail()).asRuntimeException(trailers);
  }

  public static StatusRuntimeException refused(ErrorCode code, String detail) {
    return of(new KilnException(code, detail));
  }

  static Status status(ErrorCode code) {
    return switch (code) {
      case CONCURRENT_MODIFICATION -> Status.ABORTED;
      case PROJECT_NAME_TAKEN, USERNAME_TAKEN, ALREADY_EXISTS, API_KEY_ID_IN_USE -> Status.ALREADY_EXISTS;
      default -> switch (code.category()) {
        case INVALID_ARGUMENT, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> Status.INVALID_ARGUMENT;
        case UNAUTHENTICATED -> Status.UNAUTHENTICATED;
        case PERMISSION_DENIED -> Status.PERMISSION_DENIED;
        case NOT_FOUND -> Status.NOT_FOUND;
        case CONFLICT -> Status.FAILED_PRECONDITION;
        case PAYLOAD_TOO_LARGE -> Status.RESOURCE_EXHAUSTED;
        case METHOD_NOT_ALLOWED -> Status.UNIMPLEMENTED;
        case UNAVAILABLE, BAD_GATEWAY -> Status.UNAVAILABLE;
        case INTERNAL -> Status.INTERNAL;
      };
    };
  }
}
