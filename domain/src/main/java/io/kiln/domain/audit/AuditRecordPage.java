package io.kiln.domain.audit;

import java.util.List;

public record AuditRecordPage(List<AuditRecordView> items, String nextPageToken) {}
