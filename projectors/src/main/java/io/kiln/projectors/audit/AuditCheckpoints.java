package io.kiln.projectors.audit;

import static io.kiln.query.jooq.Tables.AUDIT_CHECKPOINT;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.domain.audit.AuditCheckpointView;
import io.kiln.infra.audit.CheckpointKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Signs the head of the audit chain with Kiln's Ed25519 key when it moved since the last checkpoint. A checkpoint
 * lets verification catch a chain that was rewritten wholesale, hashes and all, by someone without the key.
 */
@Component
public class AuditCheckpoints {
  private final DSLContext dsl;
  private final CheckpointKey key;

  AuditCheckpoints(DSLContext dsl, CheckpointKey key) {
    this.dsl = dsl;
    this.key = key;
  }

  /** The checkpoint made now, if the chain has records that no checkpoint covers yet. */
  public Optional<AuditCheckpointView> signHead() {
    var head = dsl.select(AUDIT_RECORD.SEQ, AUDIT_RECORD.HASH).from(AUDIT_RECORD)
        .orderBy(AUDIT_RECORD.SEQ.desc()).limit(1).fetchOne();
    Long signed = dsl.select(DSL.max(AUDIT_CHECKPOINT.SEQ)).from(AUDIT_CHECKPOINT).fetchOne(0, Long.class);
    if (head == null || (signed != null && signed >= head.value1())) {
      return Optional.empty();
    }
    Instant at = GenericEventMessage.clock.instant().truncatedTo(ChronoUnit.MICROS);
    String signature = key.sign(AuditCheckpointView.signedText(head.value1(), head.value2(), at));
    dsl.insertInto(AUDIT_CHECKPOINT)
        .set(AUDIT_CHECKPOINT.SEQ, head.value1())
        .set(AUDIT_CHECKPOINT.HASH, head.value2())
        .set(AUDIT_CHECKPOINT.SIGNED_AT, at.atOffset(ZoneOffset.UTC))
        .set(AUDIT_CHECKPOINT.KEY_ID, key.id())
        .set(AUDIT_CHECKPOINT.SIGNATURE, signature)
        .onConflictDoNothing()
        .execute();
    return Optional.of(new AuditCheckpointView(head.value1(), head.value2(), at, key.id(), signature));
  }
}
