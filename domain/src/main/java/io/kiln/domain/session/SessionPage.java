package io.kiln.domain.session;

import java.util.List;

public record SessionPage(List<SessionView> items, String nextPageToken) {}
