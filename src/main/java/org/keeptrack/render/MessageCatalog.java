package org.keeptrack.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/**
 * The words of a theme that a reader sees and that are not content (buttons, labels, messages, date
 * formats), from {@code messages/LANGUAGE.yaml} in the theme, for the site's {@code language}.
 * Templates get {@code templates} as {@code msg}; a script joined from {@code scripts/NAME/} gets
 * {@code scripts.NAME} as {@code T} (see {@link ThemeScripts}).
 *
 * <p>Every language of a theme must have the words the others have: a reader of the site in a
 * language that lacks one would see a blank button where the word should be.
 *
 * @param templates every text for templates, by key
 * @param scripts per script, every text it shows, by key
 * @param source the file the words were read from, as shown in reports; "" for {@link #EMPTY}
 */
public record MessageCatalog(
    Map<String, String> templates, Map<String, Map<String, String>> scripts, String source) {

  /** The folder of a theme that holds one catalog per language. */
  public static final String FOLDER = "messages";

  public MessageCatalog {
    templates = Map.copyOf(templates);
    scripts = Map.copyOf(scripts);
  }

  /** What a catalog-less theme (a test's, or one made before catalogs) gets: no words. */
  public static final MessageCatalog EMPTY = new MessageCatalog(Map.of(), Map.of(), "");

  /** The texts of the script {@code name}, none when it shows none. */
  public Map<String, String> script(String name) {
    return scripts.getOrDefault(name, Map.of());
  }

  /** The catalog of {@code theme} for {@code language}; no words when the theme has no catalogs. */
  public static Optional<MessageCatalog> load(
      Path theme, String language, ProjectLayout layout, Diagnostics diagnostics) {
    Path folder = theme.resolve(FOLDER);
    Path file = folder.resolve(language + ".yaml");
    String shown = layout.display(file);
    // A link is not followed: the words must be the theme's own files.
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      // Named all the same: a script of this theme that reads a word is told where to write it.
      return Optional.of(new MessageCatalog(Map.of(), Map.of(), shown));
    }
    // ConfigLoader has checked that the theme has words in the language.
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
    if (diagnostics.count(Severity.ERROR) > errors) {
      return Optional.empty();
    }
    // Words missing from the site's language are errors too, all reported with the others.
    checkOtherLanguages(folder, file, root, layout, diagnostics);
    return Optional.of(new MessageCatalog(templates, scripts, shown));
  }

  /**
   * Reports each word that another language of the theme has and {@code root}, the site's, lacks,
   * at the section where it belongs. The other files are read only for their keys: their own
   * mistakes are reported by a site in their language.
   */
  private static void checkOtherLanguages(
      Path folder, Path file, YamlValue root, ProjectLayout layout, Diagnostics diagnostics) {
    List<Path> others;
    try (Stream<Path> files = Files.list(folder)) {
      others =
          files
              .filter(f -> f.getFileName().toString().endsWith(".yaml") && !f.equals(file))
              .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
              .sorted()
              .toList();
    } catch (IOException e) {
      return;
    }
    SourcePosition start = root.position();
    for (Path other : others) {
      String shown = layout.display(other);
      Optional<YamlValue> read = new YamlReader(new Diagnostics()).readFile(other, shown);
      if (read.isEmpty()) {
        continue;
      }
      YamlValue theirs = read.get();
      missing(
              section(theirs, "templates"),
              section(root, "templates"),
              "templates:",
              entryAt(root, "templates", start))
          .forEach(at -> lacks(at, shown, diagnostics));
      if (section(theirs, "scripts") instanceof YamlValue.Mapping scripts) {
        YamlValue ours = section(root, "scripts");
        SourcePosition scriptsAt = entryAt(root, "scripts", start);
        for (YamlValue.Entry script : scripts.entries()) {
          missing(
                  script.value(),
                  section(ours, script.key()),
                  "scripts: " + script.key() + ":",
                  entryAt(ours, script.key(), scriptsAt))
              .forEach(at -> lacks(at, shown, diagnostics));
        }
      }
    }
  }

  /** A key another language has and this one lacks, with where it belongs. */
  private record Missing(String key, String under, SourcePosition at) {}

  /** The keys of {@code theirs} that {@code ours} lacks, to be added at {@code at}. */
  private static List<Missing> missing(
      YamlValue theirs, YamlValue ours, String under, SourcePosition at) {
    if (!(theirs instanceof YamlValue.Mapping their)) {
      return List.of();
    }
    return their.entries().stream()
        .map(YamlValue.Entry::key)
        .filter(key -> !(ours instanceof YamlValue.Mapping our) || our.entry(key).isEmpty())
        .map(key -> new Missing(key, under, at))
        .toList();
  }

  private static void lacks(Missing missing, String other, Diagnostics diagnostics) {
    diagnostics.error(
        missing.at(),
        Message.THEME_WORD_MISSING_IN_LANGUAGE.formatted(missing.key(), missing.under(), other),
        "",
        Message.THEME_EVERY_LANGUAGE_SAME_WORDS.text());
  }

  /** Where the key {@code key} of {@code mapping} is written, or {@code otherwise}. */
  private static SourcePosition entryAt(YamlValue mapping, String key, SourcePosition otherwise) {
    return mapping instanceof YamlValue.Mapping m
        ? m.entry(key).map(YamlValue.Entry::keyPosition).orElse(otherwise)
        : otherwise;
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
