package io.kiln.domain.model;

import io.kiln.domain.Actor;

/** A model's access keys, newest first: what they are called and how they begin, never the key. */
public record ListModelAccessKeysQuery(String modelId, Actor viewer, int pageSize, String pageToken) {}
