package io.kiln.command;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.user.UserRole;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/** Gives handlers an {@link Actor} parameter, read from the metadata the sender attached. */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

  @Override
  public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int index) {
    return parameters[index].getType() == Actor.class ? new ActorResolver() : null;
  }

  private static final class ActorResolver implements ParameterResolver<Actor> {
    @Override
    public Actor resolveParameterValue(Message<?> message) {
      Object id = message.getMetaData().get(MetadataKeys.ACTOR);
      Object role = message.getMetaData().get(MetadataKeys.ACTOR_ROLE);
      if (!(id instanceof String actorId) || !(role instanceof String roleName)) {
        throw new KilnException(ErrorCode.UNAUTHENTICATED, "The command names no actor");
      }
      return new Actor(actorId, WireNames.parse(UserRole.class, roleName)
          .orElseThrow(() -> new KilnException(ErrorCode.UNAUTHENTICATED, "Unknown actor role " + roleName)));
    }

    @Override
    public boolean matches(Message<?> message) {
      return true;
    }
  }
}
