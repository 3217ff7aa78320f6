package org.keeptrack.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The theme's scripts as minified before, kept in the theme's {@code minified/} folder under a name
 * made of the script's name, a hash of its text and the minifier's settings, and a hash of the
 * minified script itself.
 *
 * <p>The folder is committed with the theme, like Hugo's {@code resources/_gen}: a build whose
 * scripts are unchanged never starts the minifier, on a fresh clone too. An entry can never be
 * stale, since a changed script has another hash; when a script changes, its old entries are
 * removed. An entry whose text no longer has the hash in its name (a line added to it by hand or by
 * a bad merge) is not used: the script is minified again and the entry replaced, so that what is
 * published is what the minifier made, and CI's check of the committed folder sees the change. A
 * missing or unreadable folder only means the scripts are minified again.
 */
public final class MinifiedScripts {

  /** The folder of a theme that holds the cache. */
  public static final String FOLDER = "minified";

  private final Path folder;
  private final boolean store;

  /**
   * @param store whether new entries are written to the folder; a check that must write nothing
   *     keeps them in memory only
   */
  public MinifiedScripts(Path folder, boolean store) {
    this.folder = folder;
    this.store = store;
  }

  /**
   * The minified form of {@code code}, the script at {@code name} in the site, if known and still
   * as the minifier made it.
   */
  Optional<String> get(String name, String code) {
    String stem = stem(name, code);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String entryName = entry.getFileName().toString();
        String made = entryName.startsWith(stem) ? entryName.substring(stem.length()) : "";
        if (made.matches(HASH + "\\.js") && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          String minified = Files.readString(entry, StandardCharsets.UTF_8);
          if (made.equals(hash(minified) + ".js")) {
            return Optional.of(minified);
          }
        }
      }
    } catch (IOException e) {
      // no folder, or an entry that cannot be read: minified again
    }
    return Optional.empty();
  }

  /** Keeps {@code minified} for the next build, replacing the entries of older versions. */
  void put(String name, String code, String minified) {
    if (!store) {
      return;
    }
    String entryName = entryName(name, code, minified);
    try {
      Files.createDirectories(folder);
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (isEntryOf(name, entry.getFileName().toString())) {
            Files.deleteIfExists(entry);
          }
        }
      }
      Path temporary = Files.createTempFile(folder, ".", ".tmp");
      Files.writeString(temporary, minified, StandardCharsets.UTF_8);
      Files.move(
          temporary, folder.resolve(entryName), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // A cache that cannot be written costs time on the next build, nothing else.
    }
  }

  /** A hash in an entry's name: the first 16 hex digits of a SHA-256. */
  private static final String HASH = "[0-9a-f]{16}";

  /** Entries of the script {@code name}, this form and the older one without the second hash. */
  private static boolean isEntryOf(String name, String entry) {
    String prefix = prefix(name);
    return entry.startsWith(prefix)
        && entry.substring(prefix.length()).matches(HASH + "(\\." + HASH + ")?\\.js");
  }

  static String entryName(String name, String code, String minified) {
    return stem(name, code) + hash(minified) + ".js";
  }

  /** What every entry of this text of the script starts with. */
  private static String stem(String name, String code) {
    return prefix(name) + hash(ScriptMinifier.SETTINGS + "\n" + code) + ".";
  }

  /**
   * {@code assets/site.js} becomes {@code site.}; a script in a sub-folder keeps it in its name.
   */
  private static String prefix(String name) {
    String base = name.startsWith("assets/") ? name.substring("assets/".length()) : name;
    base = base.endsWith(".js") ? base.substring(0, base.length() - 3) : base;
    return base.replace('/', '-') + ".";
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
