package io.kiln.command.webhook;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.webhook.DeleteWebhookCommand;
import io.kiln.domain.webhook.RedeliverWebhookDeliveryCommand;
import io.kiln.domain.webhook.RegisterWebhookCommand;
import io.kiln.domain.webhook.RotateWebhookSecretCommand;
import io.kiln.domain.webhook.WebhookDeletedEvent;
import io.kiln.domain.webhook.WebhookId;
import io.kiln.domain.webhook.WebhookRedeliveryRequestedEvent;
import io.kiln.domain.webhook.WebhookRegisteredEvent;
import io.kiln.domain.webhook.WebhookSecretRotatedEvent;
import io.kiln.domain.webhook.WebhookSecrets;
import io.kiln.domain.webhook.WebhookUrlPolicy;
import io.kiln.infra.events.MessageTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {
  private static final String ID = UUID.randomUUID().toString();
  private static final String PROJECT = UUID.randomUUID().toString();
  private static final String OWNER = UUID.randomUUID().toString();
  private static final String SECRET = "a-good-long-secret-1234";
  private static final String URL = "https://hooks.example.com/kiln";
  private final Map<String, String> stored = new HashMap<>();
  private AggregateTestFixture<Webhook> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Webhook.class);
    fixture.registerInjectableResource(new FakeProjectAccess().project(PROJECT, OWNER));
    fixture.registerInjectableResource((WebhookSecretStore) stored::put);
    fixture.registerInjectableResource(WebhookUrlPolicy.strict());
    fixture.registerInjectableResource(MessageTypes.scan());
  }

  private static RegisterWebhookCommand register(List<String> projects) {
    return new RegisterWebhookCommand(new WebhookId(ID), URL, List.of("ProjectCreatedEvent"), projects, SECRET);
  }

  private static WebhookRegisteredEvent registered() {
    return new WebhookRegisteredEvent(ID, URL, List.of("ProjectCreatedEvent"), List.of(PROJECT),
        WebhookSecrets.fingerprint(SECRET));
  }

  @Test
  void aProjectOwnerRegistersAndTheSecretIsKeptOutOfTheEvent() {
    fixture.givenNoPriorActivity()
        .when(register(List.of(PROJECT)), Actors.user(OWNER))
        .expectEvents(registered());
    org.assertj.core.api.Assertions.assertThat(stored).containsEntry(ID, SECRET);
  }

  @Test
  void othersMayNotRegisterForTheProjectNorForAll() {
    fixture.givenNoPriorActivity().when(register(List.of(PROJECT)), Actors.user(UUID.randomUUID().toString()))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.givenNoPriorActivity().when(register(List.of("*")), Actors.user(OWNER))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.givenNoPriorActivity().when(register(List.of(PROJECT)), Actors.auditor(UUID.randomUUID().toString()))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.givenNoPriorActivity().when(register(List.of(UUID.randomUUID().toString())), Actors.admin("admin"))
        .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND));
  }

  @Test
  void badUrlsTypesAndSecretsAreRefused() {
    fixture.givenNoPriorActivity().when(new RegisterWebhookCommand(new WebhookId(ID), "http://hooks.example.com",
        List.of("*"), List.of(PROJECT), SECRET), Actors.user(OWNER)).expectException(invalidField("url"));
    fixture.givenNoPriorActivity().when(new RegisterWebhookCommand(new WebhookId(ID), URL, List.of("Nope"),
        List.of(PROJECT), SECRET), Actors.user(OWNER)).expectException(invalidField("eventTypes"));
    fixture.givenNoPriorActivity().when(new RegisterWebhookCommand(new WebhookId(ID), URL, List.of("*"),
        List.of(PROJECT), "short"), Actors.user(OWNER)).expectException(invalidField("secret"));
  }

  @Test
  void deletingTwiceChangesNothingTheSecondTime() {
    fixture.given(registered()).when(new DeleteWebhookCommand(new WebhookId(ID)), Actors.user(OWNER))
        .expectEvents(new WebhookDeletedEvent(ID));
    fixture.given(registered(), new WebhookDeletedEvent(ID))
        .when(new DeleteWebhookCommand(new WebhookId(ID)), Actors.user(OWNER)).expectNoEvents();
  }

  @Test
  void rotatingAndRedeliveringNeedALiveWebhookAndItsManager() {
    String delivery = UUID.randomUUID().toString();
    fixture.given(registered()).when(new RotateWebhookSecretCommand(new WebhookId(ID), "another-long-secret-42"),
            Actors.user(OWNER))
        .expectEvents(new WebhookSecretRotatedEvent(ID, WebhookSecrets.fingerprint("another-long-secret-42")));
    fixture.given(registered()).when(new RedeliverWebhookDeliveryCommand(new WebhookId(ID), delivery),
        Actors.user(OWNER)).expectEvents(new WebhookRedeliveryRequestedEvent(ID, delivery));
    fixture.given(registered(), new WebhookDeletedEvent(ID))
        .when(new RedeliverWebhookDeliveryCommand(new WebhookId(ID), delivery), Actors.user(OWNER))
        .expectException(kilnError(ErrorCode.WEBHOOK_DELETED));
    fixture.given(registered()).when(new RedeliverWebhookDeliveryCommand(new WebhookId(ID), delivery),
        Actors.user(UUID.randomUUID().toString())).expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.given(registered()).when(new RedeliverWebhookDeliveryCommand(new WebhookId(ID), "not-an-id"),
        Actors.admin("admin")).expectException(kilnError(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND));
  }
}
