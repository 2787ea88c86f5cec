package io.kiln.domain.audit;

/**
 * The outcome of recomputing the chain: valid, or the first record that does not match (its content changed, its
 * link to the previous record broken, missing, or contradicting a signed checkpoint).
 */
public record AuditVerification(boolean valid, long fromSeq, long toSeq, long recordsChecked,
                                long checkpointsChecked, BrokenRecord firstBroken, String headHash) {

  public record BrokenRecord(long seq, Long position, Long refusalId, String problem) {}
}
