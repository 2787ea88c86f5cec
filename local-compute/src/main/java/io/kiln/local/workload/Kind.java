package io.kiln.local.workload;

/** What a local process is. */
public enum Kind {
  JOB_RUN,
  SESSION,
  APPLICATION,
  MODEL_REPLICA,
  BUILD;

  /** Long-running servers that are started again when they die while wanted. */
  public boolean restartsWhenDead() {
    return this == APPLICATION || this == MODEL_REPLICA;
  }

  public boolean servesHttp() {
    return this == SESSION || this == APPLICATION || this == MODEL_REPLICA;
  }
}
