package io.kiln.web.api.project;

/** A PATCH: fields left out (or null) stay as they are. */
public record UpdateProjectRequest(String name, String description, String visibility) {}
