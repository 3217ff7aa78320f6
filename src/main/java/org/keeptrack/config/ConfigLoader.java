package org.keeptrack.config;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/** Reads {@code content/handbook.yaml} into a {@link SiteConfig}, reporting every mistake. */
public final class ConfigLoader {

  private static final Set<String> KEYS =
      Set.of("title", "description", "language", "baseUrl", "theme", "navigation");
  private static final String SUBJECT = "handbook.yaml";
  private static final String SECTION_HINT =
      "an entry is a page path, or a section with `title:` and `pages:` (a list) or `folder:`";

  private final ProjectLayout layout;
  private final Diagnostics diagnostics;

  public ConfigLoader(ProjectLayout layout, Diagnostics diagnostics) {
    this.layout = layout;
    this.diagnostics = diagnostics;
  }

  /** The configuration, or empty when it is missing or too broken to build with. */
  public Optional<SiteConfig> load() {
    String path = layout.display(layout.configFile());
    if (!Files.isRegularFile(layout.configFile())) {
      diagnostics.error(
          SourcePosition.startOf(path),
          "the site configuration is missing",
          "",
          "create it with at least `title:` and `navigation:`");
      return Optional.empty();
    }
    return new YamlReader(diagnostics)
        .readFile(layout.configFile(), path)
        .flatMap(v -> MappingReader.of(v, SUBJECT, diagnostics, "start with `title: …`"))
        .flatMap(this::read);
  }

  /** Empty when anything is wrong: every later stage depends on the configuration. */
  private Optional<SiteConfig> read(MappingReader config) {
    long errorsBefore = diagnostics.count(Severity.ERROR);
    config.rejectUnknown(KEYS);
    Optional<String> title = config.requiredText("title", "write `title: the site's name`");
    String description = config.text("description").orElse("");
    String language = config.text("language").orElse("ja");
    Optional<String> baseUrl = config.text("baseUrl").flatMap(url -> baseUrl(config, url));
    String theme = config.text("theme").orElse("default");
    if (!theme.matches("[A-Za-z0-9_-]+") || !Files.isDirectory(layout.themes().resolve(theme))) {
      diagnostics.error(
          config.positionOf("theme"),
          SUBJECT + ": theme `" + theme + "` does not exist",
          theme,
          "name a folder of " + layout.display(layout.themes()) + "/");
    }
    List<NavEntry> navigation = navigation(config);
    if (title.isEmpty() || diagnostics.count(Severity.ERROR) > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(title.get(), description, language, baseUrl, theme, navigation));
  }

  private Optional<String> baseUrl(MappingReader config, String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
      diagnostics.error(
          config.positionOf("baseUrl"),
          SUBJECT + ": `baseUrl` must be an absolute http(s) address",
          url,
          "for example `baseUrl: https://example.org/handbook/`, or leave it out");
      return Optional.empty();
    }
    return Optional.of(url.endsWith("/") ? url : url + "/");
  }

  private List<NavEntry> navigation(MappingReader config) {
    Optional<YamlValue> value = config.value("navigation");
    if (value.isEmpty()) {
      diagnostics.error(
          config.mapping().position(),
          SUBJECT + ": `navigation` is required",
          "",
          "list the pages in reading order, e.g. `navigation: [index.md]`");
      return List.of();
    }
    if (!(value.get() instanceof YamlValue.Sequence items)) {
      diagnostics.error(
          value.get().position(),
          SUBJECT + ": `navigation` must be a list",
          "",
          "write one `- page.md` line per entry");
      return List.of();
    }
    List<NavEntry> entries = new ArrayList<>();
    for (YamlValue item : items.items()) {
      if (item instanceof YamlValue.Scalar scalar && scalar.value() instanceof String path) {
        entries.add(new NavEntry.PageRef(path, item.position()));
      } else {
        MappingReader.of(item, SUBJECT + " navigation", diagnostics, SECTION_HINT)
            .flatMap(this::section)
            .ifPresent(entries::add);
      }
    }
    return entries;
  }

  private Optional<NavEntry> section(MappingReader section) {
    String subject = SUBJECT + " navigation";
    section.rejectUnknown(Set.of("title", "pages", "folder"));
    Optional<String> title = section.requiredText("title", "give the section a `title:`");
    Optional<String> folder = section.text("folder");
    Optional<YamlValue> pages = section.value("pages");
    if (folder.isPresent() == pages.isPresent()) {
      diagnostics.error(
          section.mapping().position(),
          subject + ": a section needs either `pages:` or `folder:`",
          "",
          SECTION_HINT);
      return Optional.empty();
    }
    List<NavEntry.PageRef> refs = new ArrayList<>();
    if (pages.isPresent()) {
      if (!(pages.get() instanceof YamlValue.Sequence list)) {
        diagnostics.error(
            pages.get().position(), subject + ": `pages` must be a list of page paths", "", "");
        return Optional.empty();
      }
      for (YamlValue page : list.items()) {
        if (page instanceof YamlValue.Scalar s && s.value() instanceof String path) {
          refs.add(new NavEntry.PageRef(path, page.position()));
        } else {
          diagnostics.error(
              page.position(), subject + ": a page must be a path such as `guide.md`", "", "");
        }
      }
    }
    return title.map(
        t -> new NavEntry.Section(t, refs, folder.orElse(""), section.mapping().position()));
  }
}
