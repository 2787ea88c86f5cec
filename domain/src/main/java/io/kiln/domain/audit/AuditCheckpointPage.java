package io.kiln.domain.audit;

import java.util.List;

public record AuditCheckpointPage(List<AuditCheckpointView> items, String nextPageToken) {}
