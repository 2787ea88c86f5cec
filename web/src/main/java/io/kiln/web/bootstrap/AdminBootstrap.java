package io.kiln.web.bootstrap;

import static io.kiln.domain.readmodel.ReadModels.USERS;

import io.kiln.command.user.UserDirectory;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.readmodel.ProjectionVersionQuery;
import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.CreatePasswordLinkCommand;
import io.kiln.domain.user.CreateUserCommand;
import io.kiln.domain.user.IssueApiKeyCommand;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserRole;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists: on the first start with an empty store it creates one, with the configured key
 * or a random one printed once. Start-up finishes only when the admin's key works.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
  static final UserId ADMIN_ID = new UserId("00000000-0000-0000-0000-000000000001");
  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
  private static final Actor ACTOR = Actor.system("bootstrap");
  private final CommandGateway commands;
  private final QueryGateway queries;
  private final UserDirectory directory;
  private final BootstrapProperties properties;
  private final Environment environment;
  private static final Duration PASSWORD_LINK_LIFETIME = Duration.ofDays(7);

  AdminBootstrap(CommandGateway commands, QueryGateway queries, UserDirectory directory,
                 BootstrapProperties properties, Environment environment) {
    this.environment = environment;
    this.commands = commands;
    this.queries = queries;
    this.directory = directory;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    String configuredKey = properties.adminKey() == null || properties.adminKey().isBlank()
        ? null : properties.adminKey().trim();
    if (configuredKey != null && !ApiKeys.plausible(configuredKey)) {
      throw new IllegalStateException("KILN_BOOTSTRAP_ADMIN_KEY must be " + ApiKeys.MIN_LENGTH + "–"
          + ApiKeys.MAX_LENGTH + " printable characters without spaces");
    }
    long version;
    if (!directory.exists(ADMIN_ID.value()) && directory.isEmpty()) {
      commands.sendAndWait(new CreateUserCommand(ADMIN_ID, properties.adminUsername(), properties.adminEmail(),
          UserRole.ADMIN), metaData());
      String key = configuredKey != null ? configuredKey : ApiKeys.newSecret();
      passwordLink();
      version = issue(key);
      if (configuredKey == null) {
        log.warn("\n\n    Kiln created the administrator '{}'. Its API key, shown this once:\n\n        {}\n\n"
            + "    Use it as 'Authorization: Bearer <key>'. Set KILN_BOOTSTRAP_ADMIN_KEY to choose the key instead.\n",
            properties.adminUsername(), key);
      } else {
        log.info("Kiln created the administrator '{}' with the key from KILN_BOOTSTRAP_ADMIN_KEY",
            properties.adminUsername());
      }
    } else if (configuredKey != null && directory.exists(ADMIN_ID.value())) {
      try {
        version = issue(configuredKey);
      } catch (KilnException e) {
        if (e.code() != ErrorCode.API_KEY_REVOKED) {
          throw e;
        }
        log.warn("KILN_BOOTSTRAP_ADMIN_KEY names a key that was revoked; it stays revoked");
        return;
      }
    } else {
      return;
    }
    awaitProjection(version);
  }

  /** The browser UI needs a password: the first administrator chooses it through a one-time link, shown in the log. */
  private void passwordLink() {
    String token = ApiKeys.newSecret().substring(ApiKeys.PREFIX.length());
    commands.sendAndWait(new CreatePasswordLinkCommand(ADMIN_ID, UUID.randomUUID().toString(),
        ApiKeys.hash(token), Instant.now().plus(PASSWORD_LINK_LIFETIME)), metaData());
    log.warn("\n\n    To sign in to the browser UI as '{}', choose a password (link valid 7 days, once):\n\n"
        + "        http://localhost:{}/password/{}\n", properties.adminUsername(),
        environment.getProperty("local.server.port", "8080"), token);
  }

  private long issue(String key) {
    Long version = commands.sendAndWait(new IssueApiKeyCommand(ADMIN_ID, ApiKeys.idFor(key), "bootstrap",
        ApiKeys.hash(key), ApiKeys.displayPrefix(key), null), metaData());
    return version == null ? 0 : version;
  }

  private void awaitProjection(long version) {
    try (var subscription = queries.subscriptionQuery(new ProjectionVersionQuery(USERS, ADMIN_ID.value()),
        Long.class, Long.class)) {
      subscription.initialResult().concatWith(subscription.updates())
          .filter(applied -> applied >= version)
          .blockFirst(Duration.ofSeconds(60));
    }
  }

  private static MetaData metaData() {
    return MetaData.with(MetadataKeys.ACTOR, ACTOR.id())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(ACTOR.role()))
        .and(MetadataKeys.CORRELATION_ID, "bootstrap-" + UUID.randomUUID());
  }
}
