package io.kiln.web.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.KilnException;
import io.kiln.domain.audit.AuditRecordView;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The two export formats. JSON lines carry every field as stored (enough to recompute each hash offline); CSV is for
 * spreadsheets: RFC 4180 quoting, and a leading {@code '} before any cell a spreadsheet would take for a formula.
 */
enum AuditExportFormat {
  JSONL("application/x-ndjson", "jsonl"),
  CSV("text/csv", "csv");

  static final String CSV_HEADER = "seq,kind,occurredAt,actor,actorUsername,action,resourceType,resourceId,"
      + "projectId,outcome,reasonCode,reason,correlationId,clientAddress,position,refusalId,eventId,details,"
      + "prevHash,hash\r\n";
  final String mediaType;
  final String extension;

  AuditExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  static AuditExportFormat parse(String format) {
    if (format == null || format.equals("jsonl")) {
      return JSONL;
    }
    if (format.equals("csv")) {
      return CSV;
    }
    throw KilnException.invalid("format", "must be jsonl or csv");
  }

  String header() {
    return this == CSV ? CSV_HEADER : "";
  }

  String line(AuditRecordView r, ObjectMapper json) {
    if (this == JSONL) {
      try {
        return json.writeValueAsString(AuditRecordResponse.of(r)) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return Stream.of(r.seq(), r.kind(), r.occurredAt(), r.actor(), r.actorUsername(), r.action(), r.resourceType(),
            r.resourceId(), r.projectId(), r.outcome(), r.reasonCode(), r.reason(), r.correlationId(),
            r.clientAddress(), r.position(), r.refusalId(), r.eventId(), r.details(), r.prevHash(), r.hash())
        .map(AuditExportFormat::cell)
        .collect(Collectors.joining(",", "", "\r\n"));
  }

  private static String cell(Object value) {
    String text = Objects.toString(value, "");
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
