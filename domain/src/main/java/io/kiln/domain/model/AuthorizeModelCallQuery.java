package io.kiln.domain.model;

/** May a call that presents the key with this hash (null: no key) call the model? */
public record AuthorizeModelCallQuery(String modelId, String keyHash) {}
