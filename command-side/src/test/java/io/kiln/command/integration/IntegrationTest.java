package io.kiln.command.integration;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.integration.IntegrationNames;
import io.kiln.domain.integration.IntegrationRegisteredEvent;
import io.kiln.domain.integration.IntegrationRevokedEvent;
import io.kiln.domain.integration.IntegrationScopeChangedEvent;
import io.kiln.domain.integration.RegisterIntegrationCommand;
import io.kiln.domain.integration.RevokeIntegrationCommand;
import io.kiln.infra.events.MessageTypes;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationTest {
  private static final String NAME = "billing-sync";
  private static final String ID = IntegrationNames.idOf(NAME);
  private AggregateTestFixture<Integration> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Integration.class);
    fixture.registerInjectableResource(MessageTypes.scan());
  }

  private static RegisterIntegrationCommand register(List<String> projects, List<String> events,
                                                     List<String> commands) {
    return new RegisterIntegrationCommand(ID, NAME, projects, events, commands);
  }

  private static IntegrationRegisteredEvent registered() {
    return new IntegrationRegisteredEvent(ID, NAME, List.of("*"), List.of("*"), List.of());
  }

  @Test
  void anAdministratorRegistersChangesTheScopeAndRevokes() {
    fixture.givenNoPriorActivity().when(register(List.of("*"), List.of("*"), List.of()), Actors.admin("admin"))
        .expectEvents(registered());
    fixture.given(registered()).when(register(List.of("*"), List.of("*"), List.of()), Actors.admin("admin"))
        .expectNoEvents();
    fixture.given(registered()).when(register(List.of("*"), List.of("ProjectCreatedEvent"),
            List.of("ArchiveProjectCommand")), Actors.admin("admin"))
        .expectEvents(new IntegrationScopeChangedEvent(ID, List.of("*"), List.of("ProjectCreatedEvent"),
            List.of("ArchiveProjectCommand")));
    fixture.given(registered()).when(new RevokeIntegrationCommand(ID), Actors.admin("admin"))
        .expectEvents(new IntegrationRevokedEvent(ID));
    fixture.given(registered(), new IntegrationRevokedEvent(ID))
        .when(register(List.of("*"), List.of("*"), List.of()), Actors.admin("admin")).expectEvents(registered());
  }

  @Test
  void onlyAdministratorsRegisterValidScopes() {
    fixture.givenNoPriorActivity().when(register(List.of("*"), List.of("*"), List.of()), Actors.auditor("a"))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.givenNoPriorActivity().when(register(List.of(), List.of("*"), List.of()), Actors.admin("admin"))
        .expectException(invalidField("projectIds"));
    fixture.givenNoPriorActivity().when(register(List.of("*"), List.of("Bogus"), List.of()), Actors.admin("admin"))
        .expectException(invalidField("eventTypes"));
    fixture.givenNoPriorActivity().when(register(List.of("*"), List.of("*"), List.of("RmRfCommand")),
        Actors.admin("admin")).expectException(invalidField("commandTypes"));
    fixture.givenNoPriorActivity().when(new RegisterIntegrationCommand(ID, "other", List.of("*"), List.of("*"),
        List.of()), Actors.admin("admin")).expectException(invalidField("name"));
  }
}
