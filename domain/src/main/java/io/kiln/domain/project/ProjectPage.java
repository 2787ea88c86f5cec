package io.kiln.domain.project;

import java.util.List;

public record ProjectPage(List<ProjectView> items, String nextPageToken) {}
