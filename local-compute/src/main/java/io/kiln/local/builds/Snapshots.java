package io.kiln.local.builds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Copies a project's files (regular files and folders; links are left out) and digests what it copied. */
final class Snapshots {
  private Snapshots() {}

  /** Copies {@code from} into {@code to}; answers {@code sha256:} of the sorted paths and contents. */
  static String copy(Path from, Path to) throws IOException {
    MessageDigest digest = sha256();
    Files.createDirectories(to);
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.sorted().toList();
    }
    for (Path source : paths) {
      Path relative = from.relativize(source);
      Path target = to.resolve(relative.toString());
      if (Files.isSymbolicLink(source)) {
        continue;
      }
      if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target);
      } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        digest.update(relative.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try (InputStream in = Files.newInputStream(source)) {
          byte[] buffer = new byte[65536];
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
          }
        }
      }
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  static String digestOf(String text) {
    return "sha256:" + HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
