package io.kiln.bench;

import io.kiln.domain.MetadataKeys;
import io.kiln.domain.project.CreateProjectCommand;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.Visibility;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/** One {@link CreateProjectCommand} through the command gateway, by one fixed user, under a name never used before. */
public class KilnCreateProject implements Operation {
  static final String DESCRIPTION = "Created by the create-project benchmark";

  private final CommandGateway gateway;
  private final MetaData metaData;
  private final String namePrefix = "bench-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  private final AtomicLong sequence = new AtomicLong();

  public KilnCreateProject(CommandGateway gateway) {
    this.gateway = gateway;
    this.metaData = MetaData.with(MetadataKeys.ACTOR, UUID.randomUUID().toString())
        .and(MetadataKeys.ACTOR_ROLE, "user");
  }

  @Override
  public void perform() {
    gateway.sendAndWait(new CreateProjectCommand(ProjectId.newId(), nextName(), DESCRIPTION, Visibility.PRIVATE),
        metaData);
  }

  /** Same length every time, so that every stored event has the same size. */
  private String nextName() {
    return String.format("%s-%010d", namePrefix, sequence.incrementAndGet());
  }
}
