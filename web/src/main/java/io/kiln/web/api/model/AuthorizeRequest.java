package io.kiln.web.api.model;

/** The access key a call to a model presents (none: null). */
public record AuthorizeRequest(String key) {}
