package io.kiln.domain.build;

/** What a build makes: a custom runtime for sessions and jobs, a model version, or an application image. */
public enum BuildKind {
  RUNTIME,
  MODEL,
  APPLICATION
}
