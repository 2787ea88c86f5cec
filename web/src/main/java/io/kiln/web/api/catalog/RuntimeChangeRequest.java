package io.kiln.web.api.catalog;

/** A PATCH of a runtime: a new image, a new status, or both. */
public record RuntimeChangeRequest(String image, String status) {}
