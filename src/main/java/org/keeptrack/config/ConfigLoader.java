package org.keeptrack.config;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/** Reads {@code content/handbook.yaml} into a {@link SiteConfig}, reporting every mistake. */
public final class ConfigLoader {

  private static final Set<String> KEYS =
      Set.of(
          "title",
          "description",
          "language",
          "baseUrl",
          "theme",
          "navigation",
          "repository",
          "branch",
          "ignore");
  private static final Text SUBJECT = Text.name("handbook.yaml");
  private static final Text NAVIGATION = Message.CONFIG_HANDBOOK_YAML_NAVIGATION.text();
  private static final Text SECTION_HINT = Message.CONFIG_ENTRY_PAGE_PATH_SECTION_TITLE.text();
  private static final Text IGNORE_HINT = Message.CONFIG_WRITE_IGNORE_PATTERNS.text();

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
      boolean misnamed = Files.isRegularFile(layout.content().resolve("handbook.yml"));
      diagnostics.error(
          SourcePosition.startOf(path),
          Message.CONFIG_SITE_CONFIGURATION_MISSING.text(),
          "",
          misnamed
              ? Message.CONFIG_RENAME_CONTENT_HANDBOOK_YML_HANDBOOK.text()
              : Message.CONFIG_CREATE_LEAST_TITLE_NAVIGATION.text());
      return Optional.empty();
    }
    return new YamlReader(diagnostics)
        .readFile(layout.configFile(), path)
        .flatMap(v -> MappingReader.of(v, SUBJECT, diagnostics, Message.CONFIG_START_TITLE.text()))
        .flatMap(this::read);
  }

  /** Empty when anything is wrong: every later stage depends on the configuration. */
  private Optional<SiteConfig> read(MappingReader config) {
    long errorsBefore = diagnostics.count(Severity.ERROR);
    config.rejectUnknown(KEYS);
    Optional<String> title =
        config.requiredText("title", Message.CONFIG_WRITE_TITLE_SITE_NAME.text());
    String description = config.text("description").orElse("");
    String language = config.text("language").orElse("ja");
    Optional<String> baseUrl = config.text("baseUrl").flatMap(url -> baseUrl(config, url));
    String theme = config.text("theme").orElse("default");
    if (!theme.matches("[A-Za-z0-9_-]+") || !Files.isDirectory(layout.theme(theme))) {
      diagnostics.error(
          config.positionOf("theme"),
          Message.CONFIG_THEME_DOES_NOT_EXIST.formatted(theme).after(SUBJECT),
          theme,
          Message.CONFIG_NAME_FOLDER.text().formatted(layout.display(layout.themes())));
    } else {
      checkLanguage(config, language, layout.theme(theme));
    }
    IgnoredFiles ignored = ignored(config);
    List<NavEntry> navigation = navigation(config, ignored);
    Optional<String> repository = config.text("repository").flatMap(url -> repository(config, url));
    String branch = config.text("branch").orElse("main");
    if (!branch.matches("[A-Za-z0-9._/-]+")) {
      config.error(
          "branch",
          Message.CONFIG_BRANCH_MUST_BRANCH_NAME.text(),
          branch,
          Message.CONFIG_EXAMPLE_BRANCH_MAIN.text());
    }
    if (title.isEmpty() || diagnostics.count(Severity.ERROR) > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(
            title.get(),
            description,
            language,
            baseUrl,
            theme,
            navigation,
            repository,
            branch,
            ignored));
  }

  /** {@code ignore:}, the patterns of files in content/ that are not part of the site. */
  private IgnoredFiles ignored(MappingReader config) {
    List<String> patterns = new ArrayList<>();
    for (YamlValue item : config.list("ignore", IGNORE_HINT)) {
      if (item instanceof YamlValue.Scalar scalar
          && scalar.value() instanceof String pattern
          && IgnoredFiles.isValid(pattern)) {
        patterns.add(pattern);
      } else {
        diagnostics.error(
            item.position(),
            Message.CONFIG_IGNORE_NOT_PATTERN.text().after(SUBJECT),
            item instanceof YamlValue.Scalar scalar ? String.valueOf(scalar.value()) : "",
            IGNORE_HINT);
      }
    }
    return new IgnoredFiles(patterns);
  }

  private Optional<String> baseUrl(MappingReader config, String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    Optional<BaseUrl> base = BaseUrl.parse(url);
    if (base.isEmpty()) {
      diagnostics.error(
          config.positionOf("baseUrl"),
          Message.CONFIG_BASEURL_MUST_BE_ABSOLUTE.text().after(SUBJECT),
          url,
          Message.CONFIG_EXAMPLE_BASEURL_HTTPS_EXAMPLE_ORG.text());
    }
    return base.map(BaseUrl::address);
  }

  /**
   * A theme with words for readers ({@code messages/LANGUAGE.yaml}) must have them in the site's
   * language; a theme without any is used as it is.
   */
  private void checkLanguage(MappingReader config, String language, Path theme) {
    Path messages = theme.resolve("messages");
    if (Files.isDirectory(messages, LinkOption.NOFOLLOW_LINKS)
        && (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
            || !Files.isRegularFile(messages.resolve(language + ".yaml")))) {
      diagnostics.error(
          config.positionOf("language"),
          Message.CONFIG_THEME_NO_WORDS_LANGUAGE.text().formatted(language).after(SUBJECT),
          language,
          Message.CONFIG_SET_LANGUAGE_ONE_THEME_FILE
              .text()
              .formatted(
                  layout.display(messages), layout.display(messages.resolve(language + ".yaml"))));
    }
  }

  /** The address of the repository, for links to edit a page and to report a mistake. */
  private Optional<String> repository(MappingReader config, String url) {
    if (!url.matches("https://[A-Za-z0-9.-]+(:\\d+)?(/[A-Za-z0-9._~%-]+)+/?")) {
      config.error(
          "repository",
          Message.CONFIG_REPOSITORY_MUST_HTTPS_ADDRESS_REPOSITORY.text(),
          url,
          Message.CONFIG_EXAMPLE_REPOSITORY_HTTPS_GITHUB_COM.text());
      return Optional.empty();
    }
    return Optional.of(url.replaceFirst("/$", ""));
  }

  private List<NavEntry> navigation(MappingReader config, IgnoredFiles ignored) {
    Optional<YamlValue> value = config.value("navigation");
    if (value.isEmpty()) {
      return FolderNavigation.of(layout.content(), ignored, config.mapping().position());
    }
    if (!(value.get() instanceof YamlValue.Sequence items)) {
      diagnostics.error(
          value.get().position(),
          Message.CONFIG_NAVIGATION_MUST_LIST.text().after(SUBJECT),
          "",
          Message.CONFIG_WRITE_ONE_PAGE_MD_LINE.text());
      return List.of();
    }
    List<NavEntry> entries = new ArrayList<>();
    for (YamlValue item : items.items()) {
      if (item instanceof YamlValue.Scalar scalar && scalar.value() instanceof String path) {
        entries.add(new NavEntry.PageRef(path, item.position()));
      } else {
        MappingReader.of(item, NAVIGATION, diagnostics, SECTION_HINT)
            .flatMap(this::section)
            .ifPresent(entries::add);
      }
    }
    return entries;
  }

  private Optional<NavEntry> section(MappingReader section) {
    section.rejectUnknown(Set.of("title", "pages", "folder"));
    Optional<String> title =
        section.requiredText("title", Message.CONFIG_GIVE_SECTION_TITLE.text());
    Optional<String> folder = section.text("folder");
    Optional<YamlValue> pages = section.value("pages");
    if (folder.isPresent() == pages.isPresent()) {
      diagnostics.error(
          section.mapping().position(),
          Message.CONFIG_SECTION_NEEDS_EITHER_PAGES_FOLDER.text().after(NAVIGATION),
          "",
          SECTION_HINT);
      return Optional.empty();
    }
    List<NavEntry.PageRef> refs = new ArrayList<>();
    if (pages.isPresent()) {
      if (!(pages.get() instanceof YamlValue.Sequence list)) {
        diagnostics.error(
            pages.get().position(),
            Message.CONFIG_PAGES_MUST_LIST_PAGE_PATHS.text().after(NAVIGATION),
            "",
            Message.CONFIG_WRITE_ONE_PAGE_MD_LINE_PER_PAGE.text());
        return Optional.empty();
      }
      for (YamlValue page : list.items()) {
        if (page instanceof YamlValue.Scalar s && s.value() instanceof String path) {
          refs.add(new NavEntry.PageRef(path, page.position()));
        } else {
          diagnostics.error(
              page.position(),
              Message.CONFIG_PAGE_MUST_PATH_SUCH_GUIDE.text().after(NAVIGATION),
              "",
              Text.NONE);
        }
      }
    }
    return title.map(
        t -> new NavEntry.Section(t, refs, folder.orElse(""), section.mapping().position()));
  }
}
