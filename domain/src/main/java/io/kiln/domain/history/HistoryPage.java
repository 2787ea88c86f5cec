package io.kiln.domain.history;

import io.kiln.domain.events.EventEnvelope;
import java.util.List;

public record HistoryPage(List<EventEnvelope> items, String nextPageToken) {}
