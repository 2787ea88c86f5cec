package io.kiln.domain.job;

import java.util.List;

public record JobRunPage(List<JobRunView> items, String nextPageToken) {}
