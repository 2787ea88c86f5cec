package io.kiln.domain.deployment;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

public record DeploymentId(String value) {
  public DeploymentId {
    Objects.requireNonNull(value, "value");
  }

  public static DeploymentId newId() {
    return new DeploymentId(UUID.randomUUID().toString());
  }

  public static DeploymentId parse(String raw) {
    try {
      return new DeploymentId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.DEPLOYMENT_NOT_FOUND, "Deployment not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
