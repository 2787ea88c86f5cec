package io.kiln.local.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Finds a program as a shell would: a path as given, a bare name on {@code PATH}. */
public final class Executables {
  private Executables() {}

  public static Optional<Path> find(String program, Path workingDirectory) {
    if (program.contains("/")) {
      Path path = workingDirectory.resolve(program);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String pathVariable = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    return Arrays.stream(pathVariable.split(File.pathSeparator)).filter(d -> !d.isBlank())
        .map(d -> Path.of(d, program)).filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
  }

  /** A command line split on white space (single and double quotes group words). */
  public static List<String> split(String line) {
    java.util.ArrayList<String> words = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
