package io.kiln.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.junit.jupiter.api.Test;

class HandledPayloadTypesTest {
  final Handler handler = new Handler();
  final CountingInvoker invoker = new CountingInvoker(handler);
  final HandledPayloadTypes handledTypes = new HandledPayloadTypes(invoker);

  @Test
  void passesOverEventsOfATypeNoHandlerTakesAskingOnlyOnce() {
    assertThat(handledTypes.canHandle(event(42), Segment.ROOT_SEGMENT)).isFalse();
    assertThat(handledTypes.canHandle(event(43), Segment.ROOT_SEGMENT)).isFalse();
    assertThat(handledTypes.canHandleType(Integer.class)).isFalse();

    assertThat(invoker.typeQuestions).isEqualTo(1);
    assertThat(invoker.eventQuestions).isZero();
  }

  @Test
  void leavesEventsOfAHandledTypeToTheInvoker() throws Exception {
    EventMessage<?> withRequest = event("hello").andMetaData(MetaData.with("request", "r1"));
    EventMessage<?> withoutRequest = event("hello");

    assertThat(handledTypes.canHandle(withRequest, Segment.ROOT_SEGMENT)).isTrue();
    assertThat(handledTypes.canHandle(withoutRequest, Segment.ROOT_SEGMENT)).isFalse();
    handledTypes.handle(withRequest, Segment.ROOT_SEGMENT);

    assertThat(handler.seen).containsExactly("hello r1");
    assertThat(invoker.eventQuestions).isEqualTo(2);
  }

  @Test
  void answersAboutResetsAsTheInvokerDoes() {
    assertThat(handledTypes.supportsReset()).isEqualTo(invoker.supportsReset()).isTrue();
  }

  private static EventMessage<?> event(Object payload) {
    return GenericEventMessage.asEventMessage(payload);
  }

  static class Handler {
    final List<String> seen = new ArrayList<>();

    @EventHandler
    void on(String text, @MetaDataValue(value = "request", required = true) String request) {
      seen.add(text + " " + request);
    }
  }

  static class CountingInvoker extends SimpleEventHandlerInvoker {
    int typeQuestions;
    int eventQuestions;

    CountingInvoker(Object handler) {
      super(SimpleEventHandlerInvoker.builder().eventHandlers(handler));
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
      typeQuestions++;
      return super.canHandleType(payloadType);
    }

    @Override
    public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
      eventQuestions++;
      return super.canHandle(eventMessage, segment);
    }
  }
}
