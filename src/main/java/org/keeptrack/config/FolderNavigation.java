package org.keeptrack.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.keeptrack.diagnostic.SourcePosition;

/**
 * The navigation of a project whose handbook.yaml has no {@code navigation:}, built from its
 * folders as MkDocs and Hugo build theirs: the pages of content/ itself ({@code index.md} first),
 * then one section per folder that holds pages, in the order of their names.
 *
 * <p>A written navigation stays the way to set the reading order; this one lets a set of pages
 * brought from elsewhere build before anyone has written it.
 */
final class FolderNavigation {

  private FolderNavigation() {}

  static List<NavEntry> of(Path content, IgnoredFiles ignored, SourcePosition at) {
    List<NavEntry> entries = new ArrayList<>();
    List<NavEntry> sections = new ArrayList<>();
    for (Path child : children(content)) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        if (holdsPages(content, child, ignored)) {
          sections.add(new NavEntry.Section(name, List.of(), name, at));
        }
      } else if (name.endsWith(".md") && !ignored.contains(name)) {
        entries.add(new NavEntry.PageRef(name, at));
      }
    }
    entries.sort(
        Comparator.comparing((NavEntry e) -> !((NavEntry.PageRef) e).path().equals("index.md")));
    entries.addAll(sections);
    return entries;
  }

  private static List<Path> children(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.sorted().toList();
    } catch (IOException e) {
      // content/ could be listed a moment ago; the source loader reports it if it cannot be.
      return List.of();
    }
  }

  /** Whether {@code folder} holds a page that is not ignored, at any depth; links not followed. */
  private static boolean holdsPages(Path content, Path folder, IgnoredFiles ignored) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .map(file -> content.relativize(file).toString().replace('\\', '/'))
          .anyMatch(
              path ->
                  path.endsWith(".md")
                      && !ignored.contains(path)
                      && Stream.of(path.split("/")).noneMatch(part -> part.startsWith(".")));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
