package io.kiln.command.job;

import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

@Component
class SystemJobClock implements JobClock {
  @Override
  public Instant now() {
    return GenericEventMessage.clock.instant();
  }
}
