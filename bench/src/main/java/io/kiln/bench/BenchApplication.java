package io.kiln.bench;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Kiln's infrastructure and command side, nothing else: no web tier, no projectors, no query side. */
@SpringBootApplication(scanBasePackages = "io.kiln.command")
public class BenchApplication {

  /** Starts the context; an embedded PostgreSQL, if any, lives under {@code home}, never under the user's KILN_HOME. */
  public static ConfigurableApplicationContext start(Path home, String... args) {
    String[] forced = {"--kiln.home=" + home.toAbsolutePath(), "--kiln.db.embedded-port=0"};
    return new SpringApplicationBuilder(BenchApplication.class)
        .web(WebApplicationType.NONE)
        .run(Stream.concat(Stream.of(args), Stream.of(forced)).toArray(String[]::new));
  }
}
