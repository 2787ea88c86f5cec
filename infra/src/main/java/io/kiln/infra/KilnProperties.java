package io.kiln.infra;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code kiln.home} ({@code KILN_HOME}): where Kiln keeps its state on this machine; {@code ~/.kiln} by default. */
@ConfigurationProperties("kiln")
public record KilnProperties(Path home) {
  public KilnProperties {
    if (home == null) {
      home = Path.of(System.getProperty("user.home"), ".kiln");
    }
  }
}
