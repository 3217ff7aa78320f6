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
    try (InputStream in = Files.newInputStream(Path.of("themes/default/messages/ja.yaml"))) {
      Map<String, Map<String, Map<String, String>>> catalog = new Yaml().load(in);
      return catalog.get("scripts").get(script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
