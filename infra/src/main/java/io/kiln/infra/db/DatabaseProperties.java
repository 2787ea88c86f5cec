package io.kiln.infra.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.db.*} ({@code KILN_DB_URL}, {@code KILN_DB_USER}, {@code KILN_DB_PASSWORD}, {@code KILN_DB_POOL_SIZE}):
 * the PostgreSQL server to use. Without a URL Kiln runs an embedded PostgreSQL under {@code KILN_HOME}, listening on
 * localhost at {@code KILN_DB_EMBEDDED_PORT} (0: any free port).
 */
@ConfigurationProperties("kiln.db")
public record DatabaseProperties(String url, String user, String password, @DefaultValue("16") int poolSize,
                                 @DefaultValue("15432") int embeddedPort) {
  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
