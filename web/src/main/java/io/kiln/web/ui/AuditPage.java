package io.kiln.web.ui;

import io.kiln.domain.KilnException;
import io.kiln.domain.audit.AuditFilter;
import io.kiln.domain.audit.AuditRecordPage;
import io.kiln.domain.audit.AuditVerification;
import io.kiln.domain.audit.ListAuditRecordsQuery;
import io.kiln.domain.audit.VerifyAuditTrailQuery;
import io.kiln.web.api.audit.AuditController;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit trail for auditors and admins: filters, newest first, an export of what the filters select, and whether the chain verifies. */
@Controller
class AuditPage {
  private static final int PAGE = 100;
  private static final String[] FILTERS = {"actor", "projectId", "resourceType", "resourceId", "action", "outcome",
      "from", "to"};
  private final Cqrs cqrs;
  private final AuditController api;

  AuditPage(Cqrs cqrs, AuditController api) {
    this.cqrs = cqrs;
    this.api = api;
  }

  @GetMapping("/audit")
  Mono<String> audit(@RequestParam Map<String, String> params, RequestContext context, Model model) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String name : FILTERS) {
      filters.put(name, params.getOrDefault(name, ""));
    }
    model.addAttribute("filters", filters);
    model.addAttribute("exportQuery", filters.entrySet().stream().filter(e -> !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
        .collect(Collectors.joining("&")));
    Mono<AuditVerification> verification = cqrs.query(new VerifyAuditTrailQuery(context.actor(), null, null),
        ResponseTypes.instanceOf(AuditVerification.class));
    return Mono.defer(() -> cqrs.query(new ListAuditRecordsQuery(context.actor(), filter(filters), true, PAGE, null),
            ResponseTypes.instanceOf(AuditRecordPage.class)))
        .map(page -> {
          model.addAttribute("records", page.items());
          model.addAttribute("error", null);
          return page;
        })
        .onErrorResume(KilnException.class, e -> {
          if (e.code() == io.kiln.domain.ErrorCode.FORBIDDEN) {
            return Mono.error(e);
          }
          model.addAttribute("records", java.util.List.of());
          model.addAttribute("error", FormError.of(e));
          return Mono.just(new AuditRecordPage(java.util.List.of(), null));
        })
        .then(verification)
        .map(v -> {
          model.addAttribute("verification", v);
          return "audit";
        });
  }

  @GetMapping("/audit/export")
  @ResponseBody
  ResponseEntity<Flux<DataBuffer>> export(@RequestParam Map<String, String> params,
                                          @RequestParam(required = false) String format, RequestContext context) {
    return api.export(params, format, context);
  }

  private static AuditFilter filter(Map<String, String> f) {
    String outcome = blank(f.get("outcome"));
    if (outcome != null && !outcome.equals("succeeded") && !outcome.equals("refused")) {
      throw KilnException.invalid("outcome", "must be succeeded or refused");
    }
    return new AuditFilter(blank(f.get("actor")), blank(f.get("projectId")), blank(f.get("resourceType")),
        blank(f.get("resourceId")), blank(f.get("action")), outcome, time("from", f.get("from")),
        time("to", f.get("to")));
  }

  private static Instant time(String field, String value) {
    if (blank(value) == null) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw KilnException.invalid(field, "must be an ISO-8601 time such as 2025-01-31T00:00:00Z");
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
