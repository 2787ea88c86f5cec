package io.kiln.domain.application;

import java.util.List;

public record ApplicationPage(List<ApplicationView> items, String nextPageToken) {}
