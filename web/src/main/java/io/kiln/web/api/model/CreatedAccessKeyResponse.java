package io.kiln.web.api.model;

/** The answer to creating an access key: the only time its secret, {@code key}, is shown. */
public record CreatedAccessKeyResponse(String id, String modelId, String name, String prefix, String key) {}
