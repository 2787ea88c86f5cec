package io.kiln.command.build;

import io.kiln.domain.KilnException;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildRecipe;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.SourceKind;
import io.kiln.domain.workload.ScriptPaths;
import java.util.UUID;
import java.util.regex.Pattern;

/** What a build request must look like before it joins the queue. */
final class BuildRules {
  static final String DEFAULT_REQUIREMENTS = "requirements.txt";
  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
  private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,254}");
  private static final Pattern URL = Pattern.compile("(https://|ssh://|git@)[^\\s]{3,2000}");

  private BuildRules() {}

  static void check(BuildKind kind, String name, BuildSource source, BuildRecipe recipe, String modelId) {
    if (kind == null) {
      throw KilnException.invalid("kind", "must be one of runtime, model, application");
    }
    if (name == null || !NAME.matcher(name).matches()) {
      throw KilnException.invalid("name", "must be 1–63 lower-case letters, digits, '.', '_' or '-'");
    }
    checkSource(source);
    if (recipe != null && recipe.requirementsFile() != null) {
      ScriptPaths.check("recipe.requirementsFile", recipe.requirementsFile());
    }
    if (recipe != null && recipe.setupScript() != null) {
      ScriptPaths.check("recipe.setupScript", recipe.setupScript());
    }
    if ((kind == BuildKind.MODEL) != (modelId != null)) {
      throw KilnException.invalid("modelId", "is given for model builds, and only for them");
    }
    if (modelId != null) {
      try {
        UUID.fromString(modelId);
      } catch (IllegalArgumentException e) {
        throw KilnException.invalid("modelId", "must be a model's id");
      }
    }
  }

  private static void checkSource(BuildSource source) {
    if (source == null || source.kind() == null) {
      throw KilnException.invalid("source.kind", "must be one of project_git, external_git, project_files");
    }
    if (source.kind() == SourceKind.PROJECT_GIT && (source.commit() == null
        || !COMMIT.matcher(source.commit()).matches())) {
      throw KilnException.invalid("source.commit", "must be a commit id (7–40 hex digits)");
    }
    if (source.kind() == SourceKind.EXTERNAL_GIT) {
      if (source.url() == null || !URL.matcher(source.url()).matches()) {
        throw KilnException.invalid("source.url", "must be an https://, ssh:// or git@ repository URL");
      }
      if (source.ref() == null || !REF.matcher(source.ref()).matches() || source.ref().contains("..")) {
        throw KilnException.invalid("source.ref", "must be a branch, tag or commit");
      }
    }
  }
}
