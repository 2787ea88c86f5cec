package io.kiln.command.model;

/** What the Model aggregate remembers of one of its access keys. */
record ModelKey(String hash, boolean revoked) {}
