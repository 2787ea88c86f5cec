package io.kiln.query.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobNotifications;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.JSONB;

/** How job read tables keep lists, maps and notifications: JSON text (jsonb for environments). */
public final class JobJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JobJson() {}

  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JSONB environment(Map<String, String> environment) {
    return JSONB.valueOf(write(environment));
  }

  public static String retryOn(List<FailureKind> on) {
    return on.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static List<FailureKind> retryOn(String on) {
    return on.isEmpty() ? List.of() : Arrays.stream(on.split(",")).map(FailureKind::valueOf).toList();
  }

  static List<String> strings(String json) {
    return json == null ? null : read(json, new TypeReference<>() {});
  }

  static Map<String, String> environment(JSONB json) {
    return read(json.data(), new TypeReference<>() {});
  }

  static JobNotifications notifications(String json) {
    return read(json, new TypeReference<>() {});
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
