package io.kiln.infra.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.audit.*}: the Ed25519 key that signs checkpoints ({@code KILN_AUDIT_SIGNING_KEY}, a PKCS#8 PEM file;
 * unset: generated once under {@code KILN_HOME/audit}), how often a checkpoint is signed
 * ({@code KILN_AUDIT_CHECKPOINT_INTERVAL}), how often refused commands are chained ({@code KILN_AUDIT_SEAL_INTERVAL}),
 * and how long a missing event position may hold back the chain before it counts as a rolled-back write
 * ({@code KILN_AUDIT_GAP_TIMEOUT}).
 */
@ConfigurationProperties("kiln.audit")
public record AuditProperties(Path signingKey,
                              @DefaultValue("5m") Duration checkpointInterval,
                              @DefaultValue("1s") Duration sealInterval,
                              @DefaultValue("10s") Duration gapTimeout) {}
