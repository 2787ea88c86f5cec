package io.kiln.domain.project;

public record CollaboratorView(String userId, String username, ProjectRole role) {}
