package org.keeptrack.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The default theme's Japanese words, read from its catalog so that tests do not copy them. */
final class ThemeWords {

  private ThemeWords() {}

  /** The words of one of the theme's scripts ({@code scripts.NAME} in the catalog). */
  static Map<String, String> ofScript(String script) {
    return catalog().get("scripts").get(script);
  }

  /** The words of the theme's templates ({@code templates} in the catalog). */
  @SuppressWarnings("unchecked")
  static Map<String, String> ofTemplates() {
    return (Map<String, String>) (Map<String, ?>) catalog().get("templates");
  }

  /** A catalog text with its {@code {0}}, {@code {1}}… filled in. */
  static String format(String text, Object... values) {
    String filled = text;
    for (int i = 0; i < values.length; i++) {
      filled = filled.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return filled;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Map<String, String>>> catalog() {
    try (InputStream in = Files.newInputStream(Path.of("themes/default/messages/ja.yaml"))) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
