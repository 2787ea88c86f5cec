package io.kiln.query.audit;

import static io.kiln.query.jooq.Tables.AUDIT_CHECKPOINT;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.domain.KilnException;
import io.kiln.domain.audit.AuditCheckpointView;
import io.kiln.domain.audit.AuditVerification;
import io.kiln.domain.audit.AuditVerification.BrokenRecord;
import io.kiln.infra.audit.CheckpointKey;
import io.kiln.query.jooq.tables.records.AuditCheckpointRecord;
import io.kiln.query.jooq.tables.records.AuditRecordRecord;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Recomputes the hash chain record by record, streaming (memory does not grow with the range), and names the first
 * record that is missing, altered, unlinked from its predecessor, or different from what a signed checkpoint says.
 */
@Component
class AuditVerifier {
  private static final int FETCH_SIZE = 1000;
  private final DSLContext dsl;
  private final CheckpointKey key;

  AuditVerifier(DSLContext dsl, CheckpointKey key) {
    this.dsl = dsl;
    this.key = key;
  }

  AuditVerification verify(Long fromSeq, Long toSeq) {
    long from = fromSeq == null ? 1 : fromSeq;
    if (from < 1 || (toSeq != null && toSeq < from)) {
      throw KilnException.invalid("fromSeq", "must be at least 1 and at most toSeq");
    }
    return dsl.transactionResult(configuration -> run(DSL.using(configuration), from, toSeq));
  }

  private AuditVerification run(DSLContext tx, long from, Long toSeq) {
    Long lastRecord = tx.select(DSL.max(AUDIT_RECORD.SEQ)).from(AUDIT_RECORD).fetchOne(0, Long.class);
    Long lastCheckpoint = tx.select(DSL.max(AUDIT_CHECKPOINT.SEQ)).from(AUDIT_CHECKPOINT).fetchOne(0, Long.class);
    long to = toSeq != null ? toSeq : Math.max(lastRecord == null ? 0 : lastRecord,
        lastCheckpoint == null ? 0 : lastCheckpoint);
    Map<Long, AuditCheckpointRecord> checkpoints = tx.selectFrom(AUDIT_CHECKPOINT)
        .where(AUDIT_CHECKPOINT.SEQ.between(from, to)).fetch().stream()
        .collect(Collectors.toMap(AuditCheckpointRecord::getSeq, Function.identity()));
    String prev = from == 1 ? AuditChain.GENESIS
        : tx.select(AUDIT_RECORD.HASH).from(AUDIT_RECORD).where(AUDIT_RECORD.SEQ.eq(from - 1)).fetchOne(0, String.class);
    if (prev == null) {
      return broken(from, to, 0, checkpoints.size(), new BrokenRecord(from - 1, null, null, "record is missing"));
    }
    long expected = from;
    try (Cursor<AuditRecordRecord> records = tx.selectFrom(AUDIT_RECORD).where(AUDIT_RECORD.SEQ.between(from, to))
        .orderBy(AUDIT_RECORD.SEQ).fetchSize(FETCH_SIZE).fetchLazy()) {
      for (AuditRecordRecord r : records) {
        if (r.getSeq() != expected) {
          return broken(from, to, expected - from, checkpoints.size(),
              new BrokenRecord(expected, null, null, "record is missing"));
        }
        String problem = problem(r, prev, checkpoints.get(r.getSeq()));
        if (problem != null) {
          return broken(from, to, expected - from, checkpoints.size(),
              new BrokenRecord(r.getSeq(), r.getPosition(), r.getRefusalId(), problem));
        }
        prev = r.getHash();
        expected++;
      }
    }
    if (expected <= to) {
      return broken(from, to, expected - from, checkpoints.size(),
          new BrokenRecord(expected, null, null, "record is missing (a signed checkpoint covers it)"));
    }
    return new AuditVerification(true, from, to, expected - from, checkpoints.size(), null, prev);
  }

  private String problem(AuditRecordRecord r, String prev, AuditCheckpointRecord checkpoint) {
    if (!prev.equals(r.getPrevHash())) {
      return "its previous hash does not match the hash of record " + (r.getSeq() - 1)
          + " (that record or this link was altered)";
    }
    if (!AuditChain.hash(r.getSeq(), prev, AuditContent.of(r)).equals(r.getHash())) {
      return "its content does not match its hash (the record was altered)";
    }
    if (checkpoint != null) {
      if (!checkpoint.getKeyId().equals(key.id())) {
        return "the checkpoint at this record is signed by key " + checkpoint.getKeyId() + ", not Kiln's key "
            + key.id();
      }
      String text = AuditCheckpointView.signedText(checkpoint.getSeq(), checkpoint.getHash(),
          checkpoint.getSignedAt().toInstant());
      if (!key.verifies(text, checkpoint.getSignature())) {
        return "the checkpoint signature at this record is not valid (the checkpoint was altered)";
      }
      if (!checkpoint.getHash().equals(r.getHash())) {
        return "its hash differs from the one signed in the checkpoint of " + checkpoint.getSignedAt().toInstant()
            + " (the chain was rewritten up to here)";
      }
    }
    return null;
  }

  private static AuditVerification broken(long from, long to, long checked, long checkpoints, BrokenRecord first) {
    return new AuditVerification(false, from, to, checked, checkpoints, first, null);
  }
}
