package io.kiln.domain.model;

import java.util.List;

public record ModelPage(List<ModelView> items, String nextPageToken) {}
