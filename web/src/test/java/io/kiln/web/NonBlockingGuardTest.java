package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiln.domain.MetadataKeys;
import io.kiln.domain.project.FindProjectQuery;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.Actor;
import io.kiln.domain.user.UserRole;
import io.kiln.domain.project.ArchiveProjectCommand;
import io.kiln.domain.project.ProjectId;
import io.kiln.infra.axon.BlockingOnNonBlockingThreadException;
import io.kiln.web.support.KilnIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Commands and queries refuse to run on threads that must not block, such as Netty's event loops. */
class NonBlockingGuardTest extends KilnIntegrationTest {
  @Autowired
  CommandGateway commands;
  @Autowired
  QueryGateway queries;

  @Test
  void commandsRefuseNonBlockingThreads() {
    MetaData admin = MetaData.with(MetadataKeys.ACTOR, "admin").and(MetadataKeys.ACTOR_ROLE, "admin");
    assertThatThrownBy(() -> Mono.fromFuture(() -> commands.send(new ArchiveProjectCommand(ProjectId.newId()), admin))
        .subscribeOn(Schedulers.parallel())
        .block())
        .hasStackTraceContaining(BlockingOnNonBlockingThreadException.class.getName())
        .hasStackTraceContaining("non-blocking thread parallel-");
  }

  @Test
  void queriesRefuseNonBlockingThreads() {
    var query = new FindProjectQuery(ProjectId.newId().value(), new Actor("x", UserRole.ADMIN));
    assertThatThrownBy(() -> Mono.fromFuture(() -> queries.query(query, ResponseTypes.optionalInstanceOf(ProjectView.class)))
        .subscribeOn(Schedulers.parallel())
        .block())
        .hasStackTraceContaining(BlockingOnNonBlockingThreadException.class.getName())
        .hasStackTraceContaining("non-blocking thread parallel-");
  }
}
