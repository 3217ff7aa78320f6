package org.keeptrack.render;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/**
 * The words of a theme that a reader sees and that are not content (buttons, labels, messages, date
 * formats), from {@code messages/LANGUAGE.yaml} in the theme, for the site's {@code language}.
 * Templates get {@code templates} as {@code msg}; a script joined from {@code scripts/NAME/} gets
 * {@code scripts.NAME} as {@code T} (see {@link ThemeScripts}).
 *
 * @param templates every text for templates, by key
 * @param scripts per script, every text it shows, by key
 */
public record MessageCatalog(
    Map<String, String> templates, Map<String, Map<String, String>> scripts) {

  /** The folder of a theme that holds one catalog per language. */
  public static final String FOLDER = "messages";

  public MessageCatalog {
    templates = Map.copyOf(templates);
    scripts = Map.copyOf(scripts);
  }

  /** What a catalog-less theme (a test's, or one made before catalogs) gets: no words. */
  public static final MessageCatalog EMPTY = new MessageCatalog(Map.of(), Map.of());

  /** The texts of the script {@code name}, none when it shows none. */
  public Map<String, String> script(String name) {
    return scripts.getOrDefault(name, Map.of());
  }

  /**
   * The catalog of {@code theme} for {@code language}; {@link #EMPTY} when the theme has no
   * catalogs at all.
   */
  public static Optional<MessageCatalog> load(
      Path theme, String language, ProjectLayout layout, Diagnostics diagnostics) {
    Path folder = theme.resolve(FOLDER);
    // A link is not followed: the words must be the theme's own files.
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(EMPTY);
    }
    // ConfigLoader has checked that the theme has words in the language.
    Path file = folder.resolve(language + ".yaml");
    String shown = layout.display(file);
    long errors = diagnostics.count(Severity.ERROR);
    Optional<YamlValue> read = new YamlReader(diagnostics).readFile(file, shown);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlValue root = read.get();
    Map<String, String> templates = texts(section(root, "templates"), root, diagnostics);
    Map<String, Map<String, String>> scripts = new LinkedHashMap<>();
    if (section(root, "scripts") instanceof YamlValue.Mapping all) {
      all.entries()
          .forEach(
              script ->
                  scripts.put(script.key(), texts(script.value(), script.value(), diagnostics)));
    }
    return diagnostics.count(Severity.ERROR) > errors
        ? Optional.empty()
        : Optional.of(new MessageCatalog(templates, scripts));
  }

  /** The value under {@code key} of {@code root}, or null when it has none. */
  private static YamlValue section(YamlValue root, String key) {
    return root instanceof YamlValue.Mapping mapping
        ? mapping.entry(key).map(YamlValue.Entry::value).orElse(null)
        : null;
  }

  /**
   * The texts of {@code mapping}; anything else is reported, at {@code owner} when it is missing.
   */
  private static Map<String, String> texts(
      YamlValue mapping, YamlValue owner, Diagnostics diagnostics) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (!(mapping instanceof YamlValue.Mapping entries)) {
      diagnostics.error(
          (mapping == null ? owner : mapping).position(),
          Message.THEME_EXPECTED_KEY_TEXT_LINES_THEME.text(),
          "",
          Message.THEME_WRITE_TEMPLATES_SCRIPTS_EACH_KEY.text());
      return texts;
    }
    for (YamlValue.Entry entry : entries.entries()) {
      if (entry.value() instanceof YamlValue.Scalar scalar
          && scalar.value() instanceof String text) {
        texts.put(entry.key(), text);
      } else {
        diagnostics.error(
            entry.value().position(),
            Message.THEME_WORD_MUST_BE_TEXT.formatted(entry.key()),
            "",
            Message.THEME_WRITE_QUOTES_IF_LOOKS_LIKE.text());
      }
    }
    return texts;
  }
}
