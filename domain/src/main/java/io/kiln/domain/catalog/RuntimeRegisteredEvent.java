package io.kiln.domain.catalog;

import org.axonframework.serialization.Revision;

/** Revision 2 adds {@code localCommand} and {@code editorCommand}; events of revision 1 read them as absent. */
@Revision("2")
public record RuntimeRegisteredEvent(String runtimeId, String name, String image, Editor editor, String kernel,
                                     String projectId, String localCommand, String editorCommand) {
  public RuntimeRegisteredEvent(String runtimeId, String name, String image, Editor editor, String kernel,
                                String projectId) {
    this(runtimeId, name, image, editor, kernel, projectId, null, null);
  }
}
