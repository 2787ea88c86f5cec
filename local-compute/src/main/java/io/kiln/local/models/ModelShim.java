package io.kiln.local.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Kiln's small standard-library Python model server, written out where replica processes can run it. */
public final class ModelShim {
  private static final String RESOURCE = "/io/kiln/local/models/model_shim.py";

  private ModelShim() {}

  public static Path install(Path folder) {
    Path target = folder.resolve("model_shim.py");
    try (InputStream in = ModelShim.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The model shim " + RESOURCE + " is missing from Kiln");
      }
      Files.createDirectories(folder);
      Path aside = folder.resolve("model_shim.py.tmp");
      Files.copy(in, aside, StandardCopyOption.REPLACE_EXISTING);
      Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
