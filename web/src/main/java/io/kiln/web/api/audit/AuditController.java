package io.kiln.web.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.KilnException;
import io.kiln.domain.audit.AuditAccess;
import io.kiln.domain.audit.AuditCheckpointPage;
import io.kiln.domain.audit.AuditCheckpointView;
import io.kiln.domain.audit.AuditRecordPage;
import io.kiln.domain.audit.AuditVerification;
import io.kiln.domain.audit.ListAuditCheckpointsQuery;
import io.kiln.domain.audit.ListAuditRecordsQuery;
import io.kiln.domain.audit.VerifyAuditTrailQuery;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.infra.audit.CheckpointKey;
import io.kiln.projectors.audit.AuditCheckpoints;
import io.kiln.query.audit.AuditExport;
import io.kiln.web.api.Page;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit trail, for administrators and auditors: records, export, verification and signed checkpoints. */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditController {
  private static final int LINES_PER_BUFFER = 200;
  private final Cqrs cqrs;
  private final AuditExport export;
  private final AuditCheckpoints checkpoints;
  private final CheckpointKey key;
  private final ObjectMapper json;

  AuditController(Cqrs cqrs, AuditExport export, AuditCheckpoints checkpoints, CheckpointKey key, ObjectMapper json) {
    this.cqrs = cqrs;
    this.export = export;
    this.checkpoints = checkpoints;
    this.key = key;
    this.json = json;
  }

  @GetMapping("/records")
  Mono<Page<AuditRecordResponse>> records(@RequestParam Map<String, String> params,
                                          @RequestParam(required = false) Integer pageSize,
                                          @RequestParam(required = false) String pageToken,
                                          @RequestParam(required = false) String order, RequestContext context) {
    boolean newestFirst = "desc".equals(order);
    if (order != null && !newestFirst && !"asc".equals(order)) {
      throw KilnException.invalid("order", "must be asc or desc");
    }
    var query = new ListAuditRecordsQuery(context.actor(), AuditFilters.of(params, Set.of("pageSize", "pageToken", "order")), newestFirst,
        PageRequests.pageSize(pageSize), pageToken);
    return cqrs.query(query, ResponseTypes.instanceOf(AuditRecordPage.class))
        .map(page -> new Page<>(page.items().stream().map(AuditRecordResponse::of).toList(), page.nextPageToken()));
  }

  /** Streams every matching record, oldest first, a batch of rows at a time. */
  @GetMapping(path = "/export", produces = {"application/x-ndjson", "text/csv", MediaType.APPLICATION_JSON_VALUE})
  public ResponseEntity<Flux<DataBuffer>> export(@RequestParam Map<String, String> params,
                                          @RequestParam(required = false) String format, RequestContext context) {
    AuditAccess.requireAuditReader(context.actor());
    AuditExportFormat as = AuditExportFormat.parse(format);
    var filter = AuditFilters.of(params, Set.of("format"));
    Flux<String> lines = Flux.usingWhen(
        Mono.fromCallable(() -> export.open(context.actor(), filter)),
        rows -> Flux.fromIterable(rows).map(r -> as.line(r, json)),
        rows -> Mono.fromRunnable(rows::close).subscribeOn(cqrs.workers()));
    Flux<DataBuffer> body = Flux.concat(Flux.just(as.header()).filter(h -> !h.isEmpty()), lines)
        .buffer(LINES_PER_BUFFER)
        .map(batch -> DefaultDataBufferFactory.sharedInstance.wrap(String.join("", batch)
            .getBytes(StandardCharsets.UTF_8)))
        .cast(DataBuffer.class)
        .subscribeOn(cqrs.workers(), true);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(as.mediaType + ";charset=UTF-8"))
        .header("Content-Disposition", ContentDisposition.attachment()
            .filename("kiln-audit." + as.extension).build().toString())
        .body(body);
  }

  @GetMapping("/verify")
  Mono<AuditVerification> verify(@RequestParam(required = false) Long fromSeq,
                                 @RequestParam(required = false) Long toSeq, RequestContext context) {
    return cqrs.query(new VerifyAuditTrailQuery(context.actor(), fromSeq, toSeq),
        ResponseTypes.instanceOf(AuditVerification.class));
  }

  @GetMapping("/checkpoints")
  Mono<Page<AuditCheckpointView>> checkpoints(@RequestParam(required = false) Integer pageSize,
                                              @RequestParam(required = false) String pageToken,
                                              RequestContext context) {
    var query = new ListAuditCheckpointsQuery(context.actor(), PageRequests.pageSize(pageSize), pageToken);
    return cqrs.query(query, ResponseTypes.instanceOf(AuditCheckpointPage.class))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  /** Signs a checkpoint of the chain's head now, if records were chained since the last one. */
  @PostMapping("/checkpoints")
  Mono<ResponseEntity<AuditCheckpointView>> checkpoint(RequestContext context) {
    if (!context.actor().isAdmin()) {
      return Mono.error(KilnException.forbidden("Only administrators sign checkpoints"));
    }
    return cqrs.blocking(checkpoints::signHead)
        .map(made -> made.map(c -> ResponseEntity.status(HttpStatus.CREATED).body(c))
            .orElseGet(() -> ResponseEntity.noContent().build()));
  }

  @GetMapping("/signing-key")
  Map<String, String> signingKey(RequestContext context) {
    AuditAccess.requireAuditReader(context.actor());
    return Map.of("keyId", key.id(), "algorithm", "Ed25519", "publicKeyPem", key.publicKeyPem(),
        "signedText", "kiln-audit-checkpoint:v1|<seq>|<hash>|<signedAt>");
  }
}
