package io.kiln.domain;

/** One invalid field of a request: its name as the client sent it and what is wrong with it. */
public record FieldViolation(String field, String message) {}
