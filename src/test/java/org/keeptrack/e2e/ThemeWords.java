package org.keeptrack.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The default theme's Japanese words for one of its scripts, so that tests do not copy them. */
final class ThemeWords {

  private ThemeWords() {}

  @SuppressWarnings("unchecked")
  static Map<String, String> ofScript(String script) {
    return ((Map<String, Map<String, String>>) catalog().get("scripts")).get(script);
  }

  /** The words the theme's templates print: buttons and labels a reader sees before any script. */
  @SuppressWarnings("unchecked")
  static Map<String, String> ofTemplates() {
    return (Map<String, String>) catalog().get("templates");
  }

  private static Map<String, Object> catalog() {
    try (InputStream in = Files.newInputStream(Path.of("themes/default/messages/ja.yaml"))) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
