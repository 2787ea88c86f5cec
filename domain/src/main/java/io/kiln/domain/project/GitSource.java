package io.kiln.domain.project;

/** Where a project's files come from: a git repository and the branch, tag or commit to check out (null: its HEAD). */
public record GitSource(String url, String ref) {}
