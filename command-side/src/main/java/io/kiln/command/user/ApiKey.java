package io.kiln.command.user;

/** What the User aggregate remembers of one of its keys. */
record ApiKey(String hash, boolean revoked) {
  ApiKey revoke() {
    return new ApiKey(hash, true);
  }
}
