package io.kiln.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.infra.axon.StoredMessageJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How Kiln reads facts out of stored event JSON without knowing every event class: the project an event belongs to
 * is its {@code projectId} field, or the aggregate itself when that is a project.
 */
public final class StoredEvents {
  private static final ObjectMapper JSON = StoredMessageJson.mapper();

  private StoredEvents() {}

  public static String projectOf(String aggregateType, String aggregateId, String payloadJson) {
    if ("Project".equals(aggregateType)) {
      return aggregateId;
    }
    JsonNode projectId = tree(payloadJson).get("projectId");
    return projectId != null && projectId.isTextual() ? projectId.asText() : null;
  }

  public static String json(Object payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode tree(String json) {
    try {
      return json == null ? JSON.createObjectNode() : JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper mapper() {
    return JSON;
  }
}
