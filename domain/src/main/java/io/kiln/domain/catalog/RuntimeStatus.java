package io.kiln.domain.catalog;

/** A disabled runtime starts nothing new; a deprecated one still does, with a warning. */
public enum RuntimeStatus {
  ENABLED,
  DEPRECATED,
  DISABLED
}
