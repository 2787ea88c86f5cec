package io.kiln.web.api.project;

public record CreateProjectRequest(String name, String description, String visibility, Git git) {

  /** Clone the project's files from {@code url} at {@code ref} (a branch, tag or commit; none: the default branch). */
  public record Git(String url, String ref) {}
}
