package io.kiln.domain.catalog;

import io.kiln.domain.KilnException;

/** A runtime's local commands: optional, one line of at most 500 characters; an editor command names {@code {port}}. */
public final class LocalCommands {
  private static final int MAX = 500;

  private LocalCommands() {}

  public static void check(String localCommand, String editorCommand) {
    line("localCommand", localCommand);
    line("editorCommand", editorCommand);
    if (editorCommand != null && !editorCommand.contains("{port}")) {
      throw KilnException.invalid("editorCommand", "must name the port to listen on as {port}");
    }
  }

  private static void line(String field, String value) {
    if (value == null) {
      return;
    }
    if (value.isBlank() || value.length() > MAX || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw KilnException.invalid(field, "must be one line of 1 to " + MAX + " characters");
    }
  }
}
