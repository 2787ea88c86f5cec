package io.kiln.web.support;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the mock cluster's pods have written: answers {@code GET .../pods/{name}/log} (followed or not). */
public final class PodLogs {
  private static final Pattern LOG = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/]+)/log");
  private final Map<String, String> logs = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();

  /** The log of {@code container} of a pod (null: of its only container). */
  public void write(String namespace, String pod, String container, String text) {
    logs.put(key(namespace, pod, container), text);
  }

  /** As {@link #write}, the text sent only {@code after} the log was asked for: lines that come while one follows. */
  public void writeLater(String namespace, String pod, String container, String text, Duration after) {
    delays.put(key(namespace, pod, container), after);
    write(namespace, pod, container, text);
  }

  MockResponse answer(RecordedRequest request) {
    URI uri = URI.create(request.getPath());
    Matcher m = LOG.matcher(uri.getPath());
    if (!"GET".equals(request.getMethod()) || !m.matches()) {
      return null;
    }
    String container = null;
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        if (pair.startsWith("container=")) {
          container = pair.substring("container=".length());
        }
      }
    }
    String key = logs.containsKey(key(m.group(1), m.group(2), container)) ? key(m.group(1), m.group(2), container)
        : key(m.group(1), m.group(2), null);
    String text = logs.get(key);
    if (text == null) {
      return new MockResponse().setResponseCode(404).setBody("{\"kind\":\"Status\",\"code\":404}");
    }
    MockResponse response = new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain")
        .setBody(text);
    Duration delay = delays.get(key);
    return delay == null ? response : response.setBodyDelay(delay);
  }

  private static String key(String namespace, String pod, String container) {
    return namespace + "/" + pod + "/" + (container == null ? "" : container);
  }
}
