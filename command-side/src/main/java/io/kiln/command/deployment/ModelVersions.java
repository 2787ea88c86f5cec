package io.kiln.command.deployment;

import io.kiln.command.model.ModelDirectory;
import io.kiln.command.model.ModelEntry;
import io.kiln.command.model.VersionEntry;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Optional;

/** Looks up the model and versions a deployment names, refusing what does not exist. */
final class ModelVersions {
  private ModelVersions() {}

  static ModelEntry model(ModelDirectory models, String modelId) {
    return (modelId == null ? Optional.<ModelEntry>empty() : models.model(modelId))
        .orElseThrow(() -> new KilnException(ErrorCode.MODEL_NOT_FOUND, "Model not found"));
  }

  static VersionEntry version(ModelDirectory models, String modelId, Integer number) {
    if (number == null) {
      throw KilnException.invalid("modelVersion", "is required");
    }
    return models.version(modelId, number).orElseThrow(() -> new KilnException(ErrorCode.MODEL_VERSION_NOT_FOUND,
        "The model has no version " + number));
  }
}
