package io.kiln.infra.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external database is configured, so that Kiln runs its embedded PostgreSQL. */
class NoDatabaseUrlCondition implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String url = context.getEnvironment().getProperty("kiln.db.url");
    return url == null || url.isBlank();
  }
}
