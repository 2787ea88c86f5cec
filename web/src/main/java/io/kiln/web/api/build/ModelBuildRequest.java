package io.kiln.web.api.build;

/** A model build: optionally, how to build (requirements file, setup script); the source is the project's files. */
public record ModelBuildRequest(BuildRequest.Recipe recipe) {}
