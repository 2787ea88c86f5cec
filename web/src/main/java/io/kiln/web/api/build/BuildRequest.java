package io.kiln.web.api.build;

/** A build request: {@code source} as {@code {"kind": "external_git", "url": ..., "ref": ...}}, etc. */
public record BuildRequest(String kind, String name, Source source, String baseRuntimeId, Recipe recipe) {

  public record Source(String kind, String url, String ref, String commit) {}

  public record Recipe(String requirementsFile, String setupScript) {}
}
