package io.kiln.domain.serving;

/**
 * Everything Kiln's model route needs before it forwards a call, in one query: whether the key with this hash (null:
 * no key) may call the model, and what serves it now. Empty when there is no such model.
 */
public record PrepareModelCallQuery(String modelId, String keyHash) {}
