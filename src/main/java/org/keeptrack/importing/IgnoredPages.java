package org.keeptrack.importing;

import java.util.ArrayList;
import java.util.List;
import org.keeptrack.config.IgnoredFiles;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/**
 * The {@code ignore:} patterns of handbook.yaml, read for {@code import}: a file the build leaves
 * out (a demo's source, a licence) is not the handbook's page, so it is not rewritten either.
 */
final class IgnoredPages {

  private IgnoredPages() {}

  /**
   * The files {@code ignore:} leaves out. Mistakes in handbook.yaml are for {@code check} to report
   * (an import may come before the configuration is finished): an unusable pattern is skipped here,
   * and a file that cannot be read ignores nothing.
   */
  static IgnoredFiles of(ProjectLayout layout) {
    Diagnostics unreported = new Diagnostics();
    List<String> patterns = new ArrayList<>();
    new YamlReader(unreported)
        .readFile(layout.configFile(), layout.display(layout.configFile()))
        .flatMap(v -> MappingReader.of(v, Text.name("handbook.yaml"), unreported, Text.NONE))
        .ifPresent(
            config -> {
              for (YamlValue item : config.list("ignore", Text.NONE)) {
                if (item instanceof YamlValue.Scalar scalar
                    && scalar.value() instanceof String pattern
                    && isUsable(pattern)) {
                  patterns.add(pattern);
                }
              }
            });
    return new IgnoredFiles(patterns);
  }

  /** Whether {@code pattern} is a glob; the build refuses any other, so none is applied here. */
  private static boolean isUsable(String pattern) {
    try {
      new IgnoredFiles(List.of(pattern)).contains("x");
      return !pattern.isBlank() && !pattern.startsWith("/") && !pattern.contains("..");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
