package org.keeptrack.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * The files of content/ that {@code ignore:} in handbook.yaml leaves out of the site: the demo
 * sources, redirects and licences that sit beside pages brought from another generator.
 *
 * <p>As in {@code .gitignore}, a pattern without {@code /} ({@code *.vue}) matches a file's name in
 * any folder, and one with {@code /} ({@code demo/**}) matches its path from content/.
 */
public record IgnoredFiles(List<String> patterns) {

  public static final IgnoredFiles NONE = new IgnoredFiles(List.of());

  public IgnoredFiles {
    patterns = List.copyOf(patterns);
  }

  /** Whether {@code pattern} is a glob this can match with; an invalid one is reported instead. */
  static boolean isValid(String pattern) {
    try {
      matcher(pattern);
      return !pattern.isBlank() && !pattern.startsWith("/") && !pattern.contains("..");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the file at {@code path} (inside content/, with {@code /}) is left out. */
  public boolean contains(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (String pattern : patterns) {
      String subject = pattern.indexOf('/') < 0 ? name : path;
      if (matcher(pattern).matches(Path.of(subject))) {
        return true;
      }
    }
    return false;
  }

  private static PathMatcher matcher(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }
}
