package io.kiln.local.git;

/** A clone that cannot succeed as asked (no such ref, repository unreachable), with a reason people can act on. */
class CloneFailure extends Exception {
  CloneFailure(String reason) {
    super(reason, null, false, false);
  }
}
