package io.kiln.infra.axon;

import static io.kiln.domain.MetadataKeys.ACTOR;
import static io.kiln.domain.MetadataKeys.CAUSATION_ID;
import static io.kiln.domain.MetadataKeys.CLIENT_ADDRESS;
import static io.kiln.domain.MetadataKeys.CORRELATION_ID;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies actor, correlation id and client address from the message being handled onto every message it causes,
 * and names that message as their cause.
 */
public class KilnCorrelationDataProvider implements CorrelationDataProvider {

  @Override
  public Map<String, ?> correlationDataFor(Message<?> message) {
    Map<String, Object> data = new HashMap<>();
    var metaData = message.getMetaData();
    copy(metaData, data, ACTOR);
    copy(metaData, data, CLIENT_ADDRESS);
    data.put(CORRELATION_ID, metaData.getOrDefault(CORRELATION_ID, message.getIdentifier()));
    data.put(CAUSATION_ID, message.getIdentifier());
    return data;
  }

  private static void copy(Map<String, ?> from, Map<String, Object> to, String key) {
    Object value = from.get(key);
    if (value != null) {
      to.put(key, value);
    }
  }
}
