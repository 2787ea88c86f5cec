package io.kiln.local.git;

/** One project's clone: what to clone, and once it ended, the commit checked out or why it failed. */
record Clone(String projectId, String url, String ref, String status, String commit, String reason) {
  static final String WANTED = "wanted";
  static final String CLONED = "cloned";
  static final String FAILED = "failed";
}
