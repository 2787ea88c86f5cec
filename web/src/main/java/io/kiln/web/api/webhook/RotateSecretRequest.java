package io.kiln.web.api.webhook;

public record RotateSecretRequest(String secret) {}
