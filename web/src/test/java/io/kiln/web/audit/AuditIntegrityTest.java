package io.kiln.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.query.audit.AuditChain;
import io.kiln.query.audit.AuditContent;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tamper evidence: verification recomputes the chain and names the first broken record when a row is edited or
 * deleted behind Kiln's back, and signed checkpoints catch a chain rewritten hashes and all. Every test puts the rows
 * back as they were.
 */
class AuditIntegrityTest extends KilnIntegrationTest {
  private Person auditor;

  /** Created before any row is touched: nothing may be appended to the chain while a test has tampered with it. */
  @BeforeEach
  void auditor() {
    auditor = api.newUser("auditor");
  }

  @Test
  void anEditedRowIsTheFirstBrokenRecord() {
    long seq = recordOfNewProject();
    assertThat(verify("")).containsEntry("valid", true);
    Map<String, Object> original = jdbc.queryForMap("select actor from readmodel.audit_record where seq = ?", seq);
    try {
      jdbc.update("update readmodel.audit_record set actor = 'someone-else' where seq = ?", seq);
      Map<String, Object> result = verify("");
      assertThat(result).containsEntry("valid", false);
      Map<String, Object> broken = (Map<String, Object>) result.get("firstBroken");
      assertThat(((Number) broken.get("seq")).longValue()).isEqualTo(seq);
      assertThat((String) broken.get("problem")).contains("content does not match its hash");
      assertThat(verify("?fromSeq=" + (seq + 1))).containsEntry("valid", true);
    } finally {
      jdbc.update("update readmodel.audit_record set actor = ? where seq = ?", original.get("actor"), seq);
    }
    assertThat(verify("")).containsEntry("valid", true);
  }

  @Test
  void aDeletedRowIsNamedMissing() {
    long seq = recordOfNewProject();
    recordOfNewProject();
    Map<String, Object> row = jdbc.queryForMap("select * from readmodel.audit_record where seq = ?", seq);
    try {
      jdbc.update("delete from readmodel.audit_record where seq = ?", seq);
      Map<String, Object> broken = (Map<String, Object>) verify("").get("firstBroken");
      assertThat(((Number) broken.get("seq")).longValue()).isEqualTo(seq);
      assertThat((String) broken.get("problem")).contains("missing");
    } finally {
      restore(row);
    }
    assertThat(verify("")).containsEntry("valid", true);
  }

  @Test
  void aChainRewrittenWithItsHashesContradictsTheSignedCheckpoint() {
    long seq = recordOfNewProject();
    Map<String, Object> checkpoint = api.as(api.admin()).post().uri("/api/v1/audit/checkpoints").exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    long signedSeq = ((Number) checkpoint.get("seq")).longValue();
    assertThat(signedSeq).isGreaterThanOrEqualTo(seq);
    List<Map<String, Object>> originals = jdbc.queryForList(
        "select * from readmodel.audit_record where seq between ? and ? order by seq", seq, signedSeq);
    try {
      String prev = (String) originals.get(0).get("prev_hash");
      for (Map<String, Object> row : originals) {
        long at = ((Number) row.get("seq")).longValue();
        String actor = at == seq ? "forger" : (String) row.get("actor");
        String hash = AuditChain.hash(at, prev, content(row, actor));
        jdbc.update("update readmodel.audit_record set actor = ?, prev_hash = ?, hash = ? where seq = ?", actor, prev,
            hash, at);
        prev = hash;
      }
      Map<String, Object> result = verify("");
      Map<String, Object> broken = (Map<String, Object>) result.get("firstBroken");
      assertThat(((Number) broken.get("seq")).longValue()).isEqualTo(signedSeq);
      assertThat((String) broken.get("problem")).contains("checkpoint");
    } finally {
      originals.forEach(row -> jdbc.update("update readmodel.audit_record set actor = ?, prev_hash = ?, hash = ?"
          + " where seq = ?", row.get("actor"), row.get("prev_hash"), row.get("hash"), row.get("seq")));
    }
    assertThat(verify("")).containsEntry("valid", true);
  }

  @Test
  void checkpointsVerifyWithThePublishedKey() throws Exception {
    recordOfNewProject();
    api.as(api.admin()).post().uri("/api/v1/audit/checkpoints").exchange().expectStatus().isCreated();
    Map<String, Object> key = api.get(auditor, "/api/v1/audit/signing-key");
    Map<String, Object> latest = api.items(api.admin(), "/api/v1/audit/checkpoints?pageSize=1").get(0);
    assertThat(latest.get("keyId")).isEqualTo(key.get("keyId"));

    String pem = ((String) key.get("publicKeyPem")).replaceAll("-----[A-Z ]+-----|\\s", "");
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem))));
    ed25519.update(("kiln-audit-checkpoint:v1|" + latest.get("seq") + "|" + latest.get("hash") + "|"
        + latest.get("signedAt")).getBytes(StandardCharsets.UTF_8));
    assertThat(ed25519.verify(Base64.getDecoder().decode((String) latest.get("signature")))).isTrue();
    assertThat(jdbc.queryForObject("select hash from readmodel.audit_record where seq = ?", String.class,
        ((Number) latest.get("seq")).longValue())).isEqualTo(latest.get("hash"));
  }

  private long recordOfNewProject() {
    Person owner = api.newUser("user");
    String id = (String) api.createProject(owner, Api.uniqueName("Integrity")).get("id");
    return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
        "select seq from readmodel.audit_record where resource_id = ?", Long.class, id), rows -> !rows.isEmpty())
        .get(0);
  }

  private Map<String, Object> verify(String query) {
    return api.get(auditor, "/api/v1/audit/verify" + query);
  }

  private void restore(Map<String, Object> row) {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
    jdbc.update("insert into readmodel.audit_record (" + columns + ") values (" + marks + ")", row.values().toArray());
  }

  private static AuditContent content(Map<String, Object> r, String actor) {
    Object at = r.get("occurred_at");
    Instant occurred = at instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) at).toInstant();
    return new AuditContent((String) r.get("kind"), (Long) r.get("position"), (Long) r.get("refusal_id"),
        (String) r.get("event_id"), occurred, actor, (String) r.get("action"), (String) r.get("resource_type"),
        (String) r.get("resource_id"), (String) r.get("project_id"), (String) r.get("outcome"),
        (String) r.get("reason_code"), (String) r.get("reason"), (String) r.get("correlation_id"),
        (String) r.get("client_address"), (String) r.get("details"));
  }
}
