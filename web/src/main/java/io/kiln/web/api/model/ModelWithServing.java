package io.kiln.web.api.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.kiln.domain.model.ModelView;
import io.kiln.domain.serving.ModelServingStats;

/** A model as {@code GET /api/v1/models/{id}} shows it: its fields, and the calls it took through Kiln. */
record ModelWithServing(@JsonUnwrapped ModelView model, ModelServingStats serving) {}
