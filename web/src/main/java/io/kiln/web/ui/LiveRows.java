package io.kiln.web.ui;

import org.springframework.http.codec.ServerSentEvent;

/**
 * A changed row of a live list, sent as event {@code row} to the list's body, which never changes itself:
 * {@code live-rows.js} puts it in place of the row of the same id, or adds it when the page does not show it yet.
 * (A listener on each row would be lost while a row is swapped, and with it a change that comes right after.)
 */
final class LiveRows {
  static final String ROW = "row";

  private LiveRows() {}

  static ServerSentEvent<String> event(String row, String id) {
    return ServerSentEvent.builder(row).event(ROW).id(id).build();
  }
}
