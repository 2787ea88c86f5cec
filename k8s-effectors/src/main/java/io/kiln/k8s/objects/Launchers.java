package io.kiln.k8s.objects;

import java.util.List;

/**
 * How a workload runs its script from the project's files: by extension, with the runtime's Python, R or shell; the
 * script's path and arguments travel as environment and arguments, never spliced into a shell command.
 */
public final class Launchers {
  private Launchers() {}

  public static List<String> command(String projectPath) {
    return List.of("sh", "-c", "cd " + projectPath + " && case \"$KILN_SCRIPT\" in "
        + "*.py) exec python3 \"$KILN_SCRIPT\" \"$@\" ;; "
        + "*.R|*.r) exec Rscript \"$KILN_SCRIPT\" \"$@\" ;; "
        + "*.sh) exec sh \"$KILN_SCRIPT\" \"$@\" ;; "
        + "*) exec \"./$KILN_SCRIPT\" \"$@\" ;; esac", "kiln-launch");
  }
}
