package io.kiln.command.model;

public record ModelEntry(String id, String projectId, String name) {}
