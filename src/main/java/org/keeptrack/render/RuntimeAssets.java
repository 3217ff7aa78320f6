package org.keeptrack.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.keeptrack.model.OutputFile;

/**
 * The third-party scripts a site with worksheets needs, copied out of their webjars on the class
 * path, so that the site loads nothing from other hosts and Maven keeps the version.
 */
public final class RuntimeAssets {

  /** Keep in step with {@code mustache.js.version} in pom.xml. */
  private static final String MUSTACHE = "META-INF/resources/webjars/mustache/4.2.0/";

  private RuntimeAssets() {}

  /** mustache.js, which composes worksheet results, with its licence. */
  public static List<OutputFile> forWorksheets() {
    return List.of(
        new OutputFile("assets/vendor/mustache.min.js", read(MUSTACHE + "mustache.min.js")),
        new OutputFile("assets/vendor/mustache.LICENSE.txt", read(MUSTACHE + "LICENSE")));
  }

  private static byte[] read(String resource) {
    try (InputStream in = RuntimeAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path; check pom.xml");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
