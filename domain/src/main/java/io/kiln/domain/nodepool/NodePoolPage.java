package io.kiln.domain.nodepool;

import java.util.List;

public record NodePoolPage(List<NodePoolView> items) {}
