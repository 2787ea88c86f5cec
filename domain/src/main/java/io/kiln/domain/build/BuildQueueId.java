package io.kiln.domain.build;

/** The workspace has one build queue, an aggregate with this id. */
public final class BuildQueueId {
  public static final String WORKSPACE = "build-queue";

  private BuildQueueId() {}
}
