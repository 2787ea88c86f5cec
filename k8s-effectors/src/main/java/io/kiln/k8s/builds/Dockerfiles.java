package io.kiln.k8s.builds;

import io.kiln.domain.build.BuildRequestedEvent;

/**
 * The Dockerfile of a build: the base runtime's image, the source copied in, its requirements installed, its setup
 * script run, as the runtime's non-root user.
 */
final class Dockerfiles {
  private Dockerfiles() {}

  static String of(BuildRequestedEvent build) {
    StringBuilder dockerfile = new StringBuilder()
        .append("FROM ").append(build.baseImage()).append('\n')
        .append("WORKDIR /home/kiln/app\n")
        .append("COPY --chown=1000:1000 . .\n")
        .append("RUN if [ -f '").append(build.recipe().requirementsFile()).append("' ]; then pip install ")
        .append("--no-cache-dir -r '").append(build.recipe().requirementsFile()).append("'; fi\n");
    if (build.recipe().setupScript() != null) {
      dockerfile.append("RUN sh '").append(build.recipe().setupScript()).append("'\n");
    }
    return dockerfile.append("USER 1000\n").toString();
  }
}
