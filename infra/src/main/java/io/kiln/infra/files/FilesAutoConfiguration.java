package io.kiln.infra.files;

import io.kiln.infra.KilnProperties;
import io.kiln.infra.compute.Compute;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Project files: {@code KILN_PROJECT_FILES_ROOT}, else {@code KILN_HOME/projects} when compute is local. */
@AutoConfiguration(after = io.kiln.infra.compute.ComputeAutoConfiguration.class)
@EnableConfigurationProperties({FilesProperties.class, KilnProperties.class})
public class FilesAutoConfiguration {

  @Bean
  ProjectFiles projectFiles(FilesProperties files, KilnProperties kiln, Compute compute) {
    if (files.root() != null && !files.root().isBlank()) {
      return new ProjectFiles(Path.of(files.root()).toAbsolutePath());
    }
    return new ProjectFiles(compute == Compute.LOCAL ? kiln.home().resolve("projects").toAbsolutePath() : null);
  }
}
