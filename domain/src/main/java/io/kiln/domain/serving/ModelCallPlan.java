package io.kiln.domain.serving;

import io.kiln.domain.model.ModelCallAuthorization;

/** The answer to {@link PrepareModelCallQuery}; {@code route} is null while no deployment of the model serves. */
public record ModelCallPlan(ModelCallAuthorization authorization, ServingRoute route) {}
