package io.kiln.command.catalog;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;

/** A runtime as workloads see it when they start. {@code projectId} is set for a project's own runtime. */
public record RuntimeEntry(String id, String name, String image, Editor editor, RuntimeStatus status,
                           String projectId, String kernel) {

  public RuntimeEntry(String id, String name, String image, Editor editor, RuntimeStatus status, String projectId) {
    this(id, name, image, editor, status, projectId, null);
  }

  /** Refuses a runtime that is disabled or belongs to another project. */
  public RuntimeEntry requireUsableIn(String project) {
    if (projectId != null && !projectId.equals(project)) {
      throw new KilnException(ErrorCode.RUNTIME_NOT_FOUND, "No runtime " + id + " in this project");
    }
    if (status == RuntimeStatus.DISABLED) {
      throw new KilnException(ErrorCode.RUNTIME_DISABLED, "Runtime " + name + " is disabled");
    }
    return this;
  }

  public boolean deprecated() {
    return status == RuntimeStatus.DEPRECATED;
  }
}
