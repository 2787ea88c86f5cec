package io.kiln.domain.build;

/** How to build on the base runtime: a requirements file and an optional setup script, both paths in the source. */
public record BuildRecipe(String requirementsFile, String setupScript) {}
