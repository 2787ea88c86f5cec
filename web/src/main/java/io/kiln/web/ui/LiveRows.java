package io.kiln.web.ui;

import java.util.List;
import org.springframework.http.codec.ServerSentEvent;

/**
 * A changed row of a live list, twice: as {@code row-added} (the list adds it when the page does not show it yet,
 * see {@code live-rows.js}) and under the row's own event name (the row already shown swaps itself).
 */
final class LiveRows {
  static final String ADDED = "row-added";

  private LiveRows() {}

  static List<ServerSentEvent<String>> events(String row, String rowEvent, String id) {
    return List.of(ServerSentEvent.builder(row).event(ADDED).id(id).build(),
        ServerSentEvent.builder(row).event(rowEvent).id(id).build());
  }
}
