package io.kiln.domain.build;

import java.util.List;

public record BuildPage(List<BuildView> items, String nextPageToken) {}
