package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;

/**
 * The default theme's words: every language has the same keys, and every key a template ({@code
 * msg.KEY}) or a script ({@code T.KEY}) reads is in the catalog, so that no reader sees a blank
 * where a word should be.
 */
class ThemeMessagesTest {

  private static final Path THEME = Path.of("themes/default");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("msg\\.([a-z_]+)");
  private static final Pattern SCRIPT_KEY = Pattern.compile("\\bT\\.([a-z_]+)");

  private static MessageCatalog load(String language) {
    Diagnostics diagnostics = new Diagnostics();
    MessageCatalog catalog =
        MessageCatalog.load(
                THEME, language, ProjectLayout.standard(Path.of(""), Path.of("site")), diagnostics)
            .orElseThrow();
    assertEquals(0, diagnostics.all().size(), diagnostics.all().toString());
    return catalog;
  }

  private static Map<String, Set<String>> keys(MessageCatalog catalog) {
    Map<String, Set<String>> keys = new TreeMap<>();
    keys.put("templates", new TreeSet<>(catalog.templates().keySet()));
    catalog.scripts().forEach((name, texts) -> keys.put(name, new TreeSet<>(texts.keySet())));
    return keys;
  }

  private static Set<String> used(Path folder, Pattern pattern) throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    return used;
  }

  @Test
  void everyLanguageHasTheSameWords() {
    assertEquals(keys(load("ja")), keys(load("en")));
  }

  @Test
  void everyWordTheTemplatesAndScriptsReadIsInTheCatalog() throws IOException {
    MessageCatalog catalog = load("ja");
    Set<String> missing = new TreeSet<>(used(THEME.resolve("templates"), TEMPLATE_KEY));
    missing.removeAll(catalog.templates().keySet());
    try (Stream<Path> scripts = Files.list(THEME.resolve(ThemeScripts.FOLDER))) {
      for (Path script : scripts.toList()) {
        Set<String> words = used(script, SCRIPT_KEY);
        words.removeAll(catalog.script(script.getFileName().toString()).keySet());
        words.forEach(word -> missing.add(script.getFileName() + ": T." + word));
      }
    }
    assertEquals(Set.of(), missing);
  }
}
