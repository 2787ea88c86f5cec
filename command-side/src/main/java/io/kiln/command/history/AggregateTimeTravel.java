package io.kiln.command.history;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.history.ResourceTypes;
import io.kiln.infra.axon.StoredMessageJson;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.stereotype.Component;

/**
 * Time travel: the state of any aggregate as of a moment, rebuilt by replaying its events up to that moment through
 * the aggregate's own event-sourcing handlers. The state is the aggregate's fields, as JSON would show them.
 */
@Component
public class AggregateTimeTravel {
  private static final ObjectMapper FIELDS = StoredMessageJson.mapper().copy()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
  private final EventStore events;
  private final Configuration axon;
  private volatile Map<String, Class<?>> aggregates;

  AggregateTimeTravel(EventStore events, Configuration axon) {
    this.events = events;
    this.axon = axon;
  }

  public Optional<AggregateStateView> stateAsOf(String aggregateId, Instant asOf) {
    List<DomainEventMessage<?>> upTo = new ArrayList<>();
    var stream = events.readEvents(aggregateId);
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      if (event.getTimestamp().isAfter(asOf)) {
        break;
      }
      upTo.add(event);
    }
    if (upTo.isEmpty() || upTo.get(0).getType() == null) {
      return Optional.empty();
    }
    Class<?> type = aggregates().get(upTo.get(0).getType());
    if (type == null) {
      return Optional.empty();
    }
    DomainEventMessage<?> last = upTo.get(upTo.size() - 1);
    return Optional.of(new AggregateStateView(ResourceTypes.of(last.getType()), aggregateId, asOf,
        last.getSequenceNumber(), last.getTimestamp(), FIELDS.convertValue(replay(type, upTo),
            new TypeReference<Map<String, Object>>() {})));
  }

  private <T> T replay(Class<T> type, List<DomainEventMessage<?>> events) {
    AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type, axon.parameterResolverFactory(),
        axon.handlerDefinition(type));
    try {
      Constructor<T> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T root = constructor.newInstance();
      events.forEach(event -> model.publish(event, root));
      return root;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot rebuild " + type.getSimpleName(), e);
    }
  }

  private Map<String, Class<?>> aggregates() {
    if (aggregates == null) {
      aggregates = axon.findModules(AggregateConfiguration.class).stream()
          .map(AggregateConfiguration::aggregateType)
          .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, t -> t, (a, b) -> a));
    }
    return aggregates;
  }
}
