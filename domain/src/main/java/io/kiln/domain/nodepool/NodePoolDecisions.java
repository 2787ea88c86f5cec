package io.kiln.domain.nodepool;

import java.util.List;

public record NodePoolDecisions(List<NodePoolDecisionView> items) {}
