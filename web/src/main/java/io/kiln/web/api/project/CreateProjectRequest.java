package io.kiln.web.api.project;

public record CreateProjectRequest(String name, String description, String visibility) {}
