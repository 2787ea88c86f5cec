package io.kiln.web.proxy;

import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.session.RecordSessionActivityCommand;
import io.kiln.domain.session.SessionId;
import io.kiln.web.cqrs.Cqrs;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;

/**
 * Someone used a session through Kiln (a request, a WebSocket frame): tells the session, at most once per session
 * every {@link #EVERY} from this Kiln (the session itself keeps one record a minute), so idle culling spares it.
 */
@Component
class SessionActivity {
  static final Actor ACTOR = Actor.system("session-proxy");
  static final Duration EVERY = Duration.ofSeconds(20);
  private static final int FORGET_ABOVE = 10_000;
  private static final Logger log = LoggerFactory.getLogger(SessionActivity.class);
  private final Map<String, Long> lastSent = new ConcurrentHashMap<>();
  private final CommandGateway commands;
  private final Scheduler workers;

  SessionActivity(CommandGateway commands, Cqrs cqrs) {
    this.commands = commands;
    this.workers = cqrs.workers();
  }

  void used(String sessionId) {
    long now = System.nanoTime();
    Long previous = lastSent.get(sessionId);
    if (previous != null && now - previous < EVERY.toNanos()) {
      return;
    }
    if (previous == null ? lastSent.putIfAbsent(sessionId, now) != null
        : !lastSent.replace(sessionId, previous, now)) {
      return;
    }
    forgetOld(now);
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, ACTOR.id())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(ACTOR.role()))
        .and(MetadataKeys.CORRELATION_ID, "activity-" + UUID.randomUUID());
    var command = new RecordSessionActivityCommand(SessionId.parse(sessionId), null);
    workers.schedule(() -> commands.send(command, metaData).whenComplete((result, failure) -> {
      if (failure != null) {
        log.debug("Activity of session {} was not recorded: {}", sessionId, failure.getMessage());
      }
    }));
  }

  private void forgetOld(long now) {
    if (lastSent.size() > FORGET_ABOVE) {
      lastSent.values().removeIf(sent -> now - sent >= EVERY.toNanos());
    }
  }
}
