package io.kiln.domain.build;

/** A build's source: for PROJECT_GIT a {@code commit}; for EXTERNAL_GIT a {@code url} and {@code ref}. */
public record BuildSource(SourceKind kind, String url, String ref, String commit) {}
