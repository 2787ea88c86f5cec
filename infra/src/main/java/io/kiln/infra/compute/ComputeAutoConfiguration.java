package io.kiln.infra.compute;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The workspace's {@link Compute}, decided once at start-up. */
@AutoConfiguration
public class ComputeAutoConfiguration {

  @Bean
  Compute compute(Environment environment) {
    return ComputeDetector.resolve(environment.getProperty("kiln.compute"),
        environment.getProperty("kiln.k8s.master-url"), System.getenv(),
        Path.of(System.getProperty("user.home")));
  }
}
