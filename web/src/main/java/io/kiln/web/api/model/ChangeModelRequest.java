package io.kiln.web.api.model;

public record ChangeModelRequest(String description, Boolean accessKeyRequired) {}
