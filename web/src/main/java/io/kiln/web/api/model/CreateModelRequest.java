package io.kiln.web.api.model;

/** A new model: {@code function} in {@code file} serves predictions on {@code runtimeId}. */
public record CreateModelRequest(String name, String description, String file, String function, String runtimeId,
                                 Boolean accessKeyRequired) {}
