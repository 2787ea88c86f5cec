package io.kiln.web.cqrs;

import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.user.Principal;
import org.axonframework.messaging.MetaData;

/** Who sent an API request, under which correlation id, from where. */
public record RequestContext(Principal principal, String correlationId, String clientAddress) {

  public Actor actor() {
    return principal.actor();
  }

  MetaData metaData() {
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, principal.userId())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(principal.role()))
        .and(MetadataKeys.CORRELATION_ID, correlationId);
    return clientAddress == null ? metaData : metaData.and(MetadataKeys.CLIENT_ADDRESS, clientAddress);
  }
}
