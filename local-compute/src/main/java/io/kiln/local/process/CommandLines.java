package io.kiln.local.process;

import io.kiln.local.workload.Kind;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.WorkloadSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of a workload: a script run by its runtime's local command (by default chosen from the script's
 * extension: {@code python3}, {@code sh}, {@code Rscript}), or a session's editor command with {@code {port}} and
 * {@code {base}} (the path Kiln serves it under) filled in.
 */
public final class CommandLines {
  private static final String VENV = "local-venv:";

  private CommandLines() {}

  public static List<String> of(Workload w, LocalRuntime runtime, int port, Path directory) {
    WorkloadSpec spec = w.spec();
    List<String> command = new ArrayList<>();
    if (spec.command() != null && !spec.command().isEmpty()) {
      command.addAll(spec.command());
    } else if (w.kind() == Kind.SESSION) {
      String editor = editorCommand(spec, runtime);
      for (String word : Executables.split(editor)) {
        command.add(word.replace("{port}", Integer.toString(port)).replace("{base}", "/sessions/" + w.route() + "/"));
      }
    } else {
      String interpreter = runtime != null && runtime.localCommand() != null ? runtime.localCommand()
          : venvPython(runtime).orElse(interpreterFor(spec.script()));
      command.addAll(Executables.split(interpreter));
      command.add(spec.script());
      if (spec.arguments() != null) {
        command.addAll(spec.arguments());
      }
    }
    String program = command.get(0);
    if (Executables.find(program, directory).isEmpty()) {
      throw new LaunchRefused((w.kind() == Kind.SESSION ? "The editor" : "The runtime's local command") + " '"
          + program + "' was not found on this machine's PATH");
    }
    return command;
  }

  /** Whether the session's editor is started with its base path (then the proxy keeps the prefix). */
  public static boolean keepsPrefix(WorkloadSpec spec, LocalRuntime runtime) {
    try {
      return editorCommand(spec, runtime).contains("{base}");
    } catch (LaunchRefused e) {
      return false;
    }
  }

  private static String editorCommand(WorkloadSpec spec, LocalRuntime runtime) {
    if (runtime != null && runtime.editorCommand() != null) {
      return runtime.editorCommand();
    }
    String editor = spec.editor() == null ? "none" : spec.editor().toLowerCase(Locale.ROOT);
    return switch (editor) {
      case "jupyterlab" -> "jupyter lab --no-browser --ip=127.0.0.1 --port={port} --ServerApp.base_url={base} "
          + "--IdentityProvider.token= --ServerApp.password= --ServerApp.disable_check_xsrf=True";
      case "vscode" -> "code-server --bind-addr 127.0.0.1:{port} --auth none";
      case "rstudio" -> "rserver --www-port={port} --www-address=127.0.0.1";
      default -> throw new LaunchRefused("The runtime has no editor to start (editor: " + editor
          + "); give it an editorCommand");
    };
  }

  /** A runtime built locally ({@code local-venv:<path>[@digest]}) runs scripts with its environment's python. */
  private static java.util.Optional<String> venvPython(LocalRuntime runtime) {
    if (runtime == null || runtime.image() == null || !runtime.image().startsWith(VENV)) {
      return java.util.Optional.empty();
    }
    String path = runtime.image().substring(VENV.length());
    int at = path.indexOf("@sha256:");
    return java.util.Optional.of((at < 0 ? path : path.substring(0, at)) + "/bin/python");
  }

  private static String interpreterFor(String script) {
    String name = script == null ? "" : script.toLowerCase(Locale.ROOT);
    if (name.endsWith(".sh")) {
      return "sh";
    }
    if (name.endsWith(".r")) {
      return "Rscript";
    }
    return "python3";
  }
}
