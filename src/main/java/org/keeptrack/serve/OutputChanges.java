package org.keeptrack.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Tells which files of the built site changed since the last look, so that the preview reloads
 * only the pages a save affected instead of every open tab.
 */
final class OutputChanges {

  private final Path root;
  private Map<String, String> lastSeen = Map.of();

  OutputChanges(Path root) {
    this.root = root;
  }

  /** The paths, relative to the site, that were added, changed or removed since the last call. */
  List<String> sinceLastLook() throws IOException {
    Map<String, String> now = new HashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        now.put(root.relativize(file).toString().replace('\\', '/'), digest(file));
      }
    }
    TreeSet<String> changed = new TreeSet<>();
    now.forEach((path, digest) -> {
      if (!digest.equals(lastSeen.get(path))) {
        changed.add(path);
      }
    });
    lastSeen.keySet().stream().filter(path -> !now.containsKey(path)).forEach(changed::add);
    lastSeen = now;
    return List.copyOf(changed);
  }

  private static String digest(Path file) throws IOException {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JDK has SHA-256
    }
  }
}
