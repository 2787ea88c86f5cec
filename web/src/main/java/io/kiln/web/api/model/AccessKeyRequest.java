package io.kiln.web.api.model;

public record AccessKeyRequest(String name) {}
