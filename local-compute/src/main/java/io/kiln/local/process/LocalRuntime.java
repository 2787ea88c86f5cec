package io.kiln.local.process;

/** What local compute knows of a runtime: its editor kind, image, and local commands (null when not declared). */
public record LocalRuntime(String runtimeId, String editor, String image, String localCommand, String editorCommand) {}
