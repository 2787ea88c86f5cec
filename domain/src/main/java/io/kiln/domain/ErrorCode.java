package io.kiln.domain;

/**
 * Stable error codes. The name of a constant is what clients see in the {@code code} field of an error;
 * never rename one.
 */
public enum ErrorCode {
  VALIDATION_FAILED(ErrorCategory.INVALID_ARGUMENT, "The request is invalid"),
  MALFORMED_REQUEST(ErrorCategory.INVALID_ARGUMENT, "The request body could not be read"),
  INVALID_PAGE_TOKEN(ErrorCategory.INVALID_ARGUMENT, "The page token is not valid"),
  UNAUTHENTICATED(ErrorCategory.UNAUTHENTICATED, "Authentication required"),
  FORBIDDEN(ErrorCategory.PERMISSION_DENIED, "Not allowed"),
  NOT_FOUND(ErrorCategory.NOT_FOUND, "Not found"),
  PROJECT_NOT_FOUND(ErrorCategory.NOT_FOUND, "Project not found"),
  USER_NOT_FOUND(ErrorCategory.NOT_FOUND, "User not found"),
  API_KEY_NOT_FOUND(ErrorCategory.NOT_FOUND, "API key not found"),
  RUNTIME_NOT_FOUND(ErrorCategory.NOT_FOUND, "Runtime not found"),
  RESOURCE_PROFILE_NOT_FOUND(ErrorCategory.NOT_FOUND, "Resource profile not found"),
  SESSION_NOT_FOUND(ErrorCategory.NOT_FOUND, "Session not found"),
  APPLICATION_NOT_FOUND(ErrorCategory.NOT_FOUND, "Application not found"),
  JOB_NOT_FOUND(ErrorCategory.NOT_FOUND, "Job not found"),
  JOB_RUN_NOT_FOUND(ErrorCategory.NOT_FOUND, "Job run not found"),
  BUILD_NOT_FOUND(ErrorCategory.NOT_FOUND, "Build not found"),
  MODEL_NOT_FOUND(ErrorCategory.NOT_FOUND, "Model not found"),
  MODEL_VERSION_NOT_FOUND(ErrorCategory.NOT_FOUND, "Model version not found"),
  DEPLOYMENT_NOT_FOUND(ErrorCategory.NOT_FOUND, "Deployment not found"),
  PROJECT_NAME_TAKEN(ErrorCategory.CONFLICT, "Project name already in use"),
  USERNAME_TAKEN(ErrorCategory.CONFLICT, "Username already in use"),
  ALREADY_EXISTS(ErrorCategory.CONFLICT, "Already exists"),
  PROJECT_ARCHIVED(ErrorCategory.CONFLICT, "Project is archived"),
  OWNER_IS_FIXED(ErrorCategory.CONFLICT, "The owner's role cannot be changed"),
  API_KEY_REVOKED(ErrorCategory.CONFLICT, "API key is revoked"),
  API_KEY_ID_IN_USE(ErrorCategory.CONFLICT, "API key id already in use"),
  CONCURRENT_MODIFICATION(ErrorCategory.CONFLICT, "The resource was changed by someone else"),
  RUNTIME_NAME_TAKEN(ErrorCategory.CONFLICT, "Runtime name already in use"),
  RESOURCE_PROFILE_NAME_TAKEN(ErrorCategory.CONFLICT, "Resource profile name already in use"),
  RUNTIME_DISABLED(ErrorCategory.CONFLICT, "Runtime is disabled"),
  RESOURCE_PROFILE_RETIRED(ErrorCategory.CONFLICT, "Resource profile is retired"),
  QUOTA_EXCEEDED(ErrorCategory.CONFLICT, "Over quota"),
  INVALID_STATE(ErrorCategory.CONFLICT, "Not possible in the current state"),
  SUBDOMAIN_TAKEN(ErrorCategory.CONFLICT, "Subdomain already in use"),
  JOB_NAME_TAKEN(ErrorCategory.CONFLICT, "Job name already in use"),
  DEPENDENCY_CYCLE(ErrorCategory.CONFLICT, "The dependency would close a cycle"),
  JOB_RUN_ACTIVE(ErrorCategory.CONFLICT, "A run of this job is active"),
  JOB_PAUSED(ErrorCategory.CONFLICT, "Job is paused"),
  MODEL_NAME_TAKEN(ErrorCategory.CONFLICT, "Model name already in use"),
  NO_COMPUTE(ErrorCategory.CONFLICT, "The workspace has no compute to run workloads on"),
  // compliance and integrations (issue 6)
  RESOURCE_NOT_FOUND(ErrorCategory.NOT_FOUND, "Resource not found"),
  WEBHOOK_NOT_FOUND(ErrorCategory.NOT_FOUND, "Webhook not found"),
  WEBHOOK_DELIVERY_NOT_FOUND(ErrorCategory.NOT_FOUND, "Webhook delivery not found"),
  INTEGRATION_NOT_FOUND(ErrorCategory.NOT_FOUND, "Integration not found"),
  PROCESSOR_NOT_FOUND(ErrorCategory.NOT_FOUND, "Event processor not found"),
  WEBHOOK_DELETED(ErrorCategory.CONFLICT, "Webhook is deleted"),
  WEBHOOK_DELIVERY_NOT_PARKED(ErrorCategory.CONFLICT, "Only a parked delivery can be redelivered"),
  INTEGRATION_REVOKED(ErrorCategory.CONFLICT, "Integration is revoked"),
  PROCESSOR_NOT_REPLAYABLE(ErrorCategory.CONFLICT, "This event processor is never replayed"),
  // local compute and project files (issue 8)
  INVALID_PATH(ErrorCategory.INVALID_ARGUMENT, "The path is not a path inside the project"),
  FILE_NOT_FOUND(ErrorCategory.NOT_FOUND, "File not found"),
  GIT_URL_REFUSED(ErrorCategory.INVALID_ARGUMENT, "The git URL is not one Kiln clones from"),
  GIT_URL_HAS_CREDENTIALS(ErrorCategory.INVALID_ARGUMENT, "The git URL holds credentials"),
  // cluster operations (issue 5): node pools and logs
  NODE_POOL_NOT_FOUND(ErrorCategory.NOT_FOUND, "Node pool not found"),
  NODE_POOL_EXISTS(ErrorCategory.CONFLICT, "A node pool of this name exists"),
  LOG_NOT_FOUND(ErrorCategory.NOT_FOUND, "No log, live or kept"),
  PAYLOAD_TOO_LARGE(ErrorCategory.PAYLOAD_TOO_LARGE, "Request body too large"),
  UNSUPPORTED_MEDIA_TYPE(ErrorCategory.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  NOT_ACCEPTABLE(ErrorCategory.NOT_ACCEPTABLE, "No acceptable representation"),
  METHOD_NOT_ALLOWED(ErrorCategory.METHOD_NOT_ALLOWED, "Method not allowed"),
  UNAVAILABLE(ErrorCategory.UNAVAILABLE, "Temporarily unavailable"),
  // model calls through Kiln (issue 8)
  MODEL_KEY_REQUIRED(ErrorCategory.UNAUTHENTICATED, "The model needs an access key"),
  MODEL_KEY_REFUSED(ErrorCategory.PERMISSION_DENIED, "The access key may not call this model"),
  MODEL_NAME_AMBIGUOUS(ErrorCategory.CONFLICT, "Several models have this name"),
  MODEL_UNAVAILABLE(ErrorCategory.UNAVAILABLE, "No replica of the model is ready"),
  MODEL_FAILED(ErrorCategory.BAD_GATEWAY, "The model failed to answer"),
  WORKLOAD_UNREACHABLE(ErrorCategory.BAD_GATEWAY, "The session or application did not answer"),
  INTERNAL(ErrorCategory.INTERNAL, "Internal error");

  private final ErrorCategory category;
  private final String title;

  ErrorCode(ErrorCategory category, String title) {
    this.category = category;
    this.title = title;
  }

  public ErrorCategory category() {
    return category;
  }

  public String title() {
    return title;
  }
}
