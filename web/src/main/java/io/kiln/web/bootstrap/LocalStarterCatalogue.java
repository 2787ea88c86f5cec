package io.kiln.web.bootstrap;

import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.DefineResourceProfileCommand;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RegisterRuntimeCommand;
import io.kiln.local.LocalCompute;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With local compute, a workspace whose catalogue never had a runtime (or a resource profile) gets a starter one on
 * start, so that a newcomer can run a script right away: "Python 3 on this machine" runs scripts with {@code python3}
 * and opens JupyterLab as its editor; profiles "Small" and "Medium". Admins change or disable them like any other.
 */
@Component
@Conditional(LocalCompute.class)
public class LocalStarterCatalogue implements ApplicationRunner {
  public static final String RUNTIME_ID = stableId("kiln-local-starter-runtime-python3");
  public static final String SMALL_ID = stableId("kiln-local-starter-profile-small");
  public static final String MEDIUM_ID = stableId("kiln-local-starter-profile-medium");
  private static final Logger log = LoggerFactory.getLogger(LocalStarterCatalogue.class);
  private static final Actor ACTOR = Actor.system("bootstrap");
  private final CommandGateway commands;
  private final JdbcTemplate jdbc;

  LocalStarterCatalogue(CommandGateway commands, JdbcTemplate jdbc) {
    this.commands = commands;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (never("RuntimeRegisteredEvent")) {
      commands.sendAndWait(new RegisterRuntimeCommand(RUNTIME_ID, "Python 3 on this machine", "python:3.12",
          Editor.JUPYTERLAB, "python3", "python3", null), metaData());
      log.info("Registered the starter runtime 'Python 3 on this machine': scripts run with python3, sessions open "
          + "JupyterLab (when 'jupyter' is on the PATH)");
    }
    if (never("ResourceProfileDefinedEvent")) {
      commands.sendAndWait(new DefineResourceProfileCommand(SMALL_ID, "Small", 1_000, 2_048, 0, null), metaData());
      commands.sendAndWait(new DefineResourceProfileCommand(MEDIUM_ID, "Medium", 2_000, 4_096, 0, null), metaData());
      log.info("Defined the starter resource profiles 'Small' (1 CPU, 2 GiB) and 'Medium' (2 CPUs, 4 GiB)");
    }
  }

  private boolean never(String eventType) {
    return !Boolean.TRUE.equals(jdbc.queryForObject(
        "select exists (select 1 from eventstore.events where event_type = ?)", Boolean.class,
        "io.kiln.domain.catalog." + eventType));
  }

  private static String stableId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static MetaData metaData() {
    return MetaData.with(MetadataKeys.ACTOR, ACTOR.id())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(ACTOR.role()))
        .and(MetadataKeys.CORRELATION_ID, "bootstrap-" + UUID.randomUUID());
  }
}
