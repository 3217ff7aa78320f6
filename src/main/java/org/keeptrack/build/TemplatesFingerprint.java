package org.keeptrack.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;

/**
 * What the theme's templates are now: every template's path and text (a few kilobytes). A live
 * build whose templates changed cannot reuse a page rendered before.
 */
final class TemplatesFingerprint {

  private TemplatesFingerprint() {}

  static String of(ProjectLayout layout) {
    StringBuilder fingerprint = new StringBuilder();
    try (Stream<Path> files = Files.walk(layout.themes())) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (file.toString().endsWith(".ftlh")) {
          fingerprint.append(file).append('\n').append(Files.readString(file)).append('\n');
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // An unreadable theme, or a file deleted while it was read: render everything again, and
      // let the renderer report what is still wrong.
      return "unreadable " + System.nanoTime();
    }
    return fingerprint.toString();
  }
}
