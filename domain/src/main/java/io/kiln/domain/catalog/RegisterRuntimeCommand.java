package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a runtime to the workspace catalogue, enabled. With local compute, {@code localCommand} runs scripts (e.g.
 * {@code python3}) and {@code editorCommand} starts the sessions' editor on {@code {port}} (both optional).
 */
public record RegisterRuntimeCommand(@TargetAggregateIdentifier String runtimeId, String name, String image,
                                     Editor editor, String kernel, String localCommand, String editorCommand) {
  public RegisterRuntimeCommand(String runtimeId, String name, String image, Editor editor, String kernel) {
    this(runtimeId, name, image, editor, kernel, null, null);
  }
}
