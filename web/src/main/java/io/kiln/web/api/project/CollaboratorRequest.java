package io.kiln.web.api.project;

public record CollaboratorRequest(String role) {}
