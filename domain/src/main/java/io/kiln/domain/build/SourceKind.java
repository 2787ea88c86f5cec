package io.kiln.domain.build;

/** Where a build's source comes from. */
public enum SourceKind {
  /** The project's own git repository at a commit. */
  PROJECT_GIT,
  /** An external git URL at a ref. */
  EXTERNAL_GIT,
  /** A snapshot of the project's files as they are now. */
  PROJECT_FILES
}
