package io.kiln.domain.deployment;

import java.util.List;

public record DeploymentPage(List<DeploymentView> items, String nextPageToken) {}
