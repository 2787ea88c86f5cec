package io.kiln.domain;

/** The kind of failure an {@link ErrorCode} belongs to; transports map categories to their own status codes. */
public enum ErrorCategory {
  INVALID_ARGUMENT,
  UNAUTHENTICATED,
  PERMISSION_DENIED,
  NOT_FOUND,
  CONFLICT,
  PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE,
  NOT_ACCEPTABLE,
  METHOD_NOT_ALLOWED,
  UNAVAILABLE,
  BAD_GATEWAY,
  INTERNAL
}
