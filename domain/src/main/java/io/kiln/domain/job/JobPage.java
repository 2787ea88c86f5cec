package io.kiln.domain.job;

import java.util.List;

public record JobPage(List<JobView> items, String nextPageToken) {}
