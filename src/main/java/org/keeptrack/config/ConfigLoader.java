package org.keeptrack.config;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
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
          "branch");
  private static final Text SUBJECT = Text.name("handbook.yaml");
  private static final Text NAVIGATION =
      Text.of("handbook.yaml navigation", "handbook.yaml の navigation");
  private static final Text SECTION_HINT =
      Text.of(
          "an entry is a page path, or a section with `title:` and `pages:` (a list) or `folder:`",
          "項目はページのパスか、`title:` と `pages:`（リスト）または `folder:` を持つまとまりです");

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
          Text.of("the site configuration is missing", "サイトの設定ファイルがありません"),
          "",
          misnamed
              ? Text.of(
                  "rename content/handbook.yml to handbook.yaml",
                  "content/handbook.yml の名前を handbook.yaml に変えてください")
              : Text.of(
                  "create it with at least `title:` and `navigation:`",
                  "`title:` と `navigation:` を書いたファイルを作ってください"));
      return Optional.empty();
    }
    return new YamlReader(diagnostics)
        .readFile(layout.configFile(), path)
        .flatMap(
            v ->
                MappingReader.of(
                    v,
                    SUBJECT,
                    diagnostics,
                    Text.of("start with `title: …`", "`title: …` から書き始めます")))
        .flatMap(this::read);
  }

  /** Empty when anything is wrong: every later stage depends on the configuration. */
  private Optional<SiteConfig> read(MappingReader config) {
    long errorsBefore = diagnostics.count(Severity.ERROR);
    config.rejectUnknown(KEYS);
    Optional<String> title =
        config.requiredText(
            "title", Text.of("write `title: the site's name`", "`title: サイトの名前` と書きます"));
    String description = config.text("description").orElse("");
    String language = config.text("language").orElse("ja");
    Optional<String> baseUrl = config.text("baseUrl").flatMap(url -> baseUrl(config, url));
    String theme = config.text("theme").orElse("default");
    if (!theme.matches("[A-Za-z0-9_-]+") || !Files.isDirectory(layout.theme(theme))) {
      diagnostics.error(
          config.positionOf("theme"),
          Text.of("theme `%s` does not exist", "テーマ `%s` はありません").formatted(theme).after(SUBJECT),
          theme,
          Text.of("name a folder of %s/", "%s/ にあるフォルダの名前を書きます")
              .formatted(layout.display(layout.themes())));
    } else {
      checkLanguage(config, language, layout.theme(theme));
    }
    List<NavEntry> navigation = navigation(config);
    Optional<String> repository = config.text("repository").flatMap(url -> repository(config, url));
    String branch = config.text("branch").orElse("main");
    if (!branch.matches("[A-Za-z0-9._/-]+")) {
      config.error(
          "branch",
          Text.of("`branch` must be a branch name", "`branch` にはブランチ名を書きます"),
          branch,
          Text.of("for example `branch: main`", "たとえば `branch: main`"));
    }
    if (title.isEmpty() || diagnostics.count(Severity.ERROR) > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(
            title.get(), description, language, baseUrl, theme, navigation, repository, branch));
  }

  private Optional<String> baseUrl(MappingReader config, String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
      diagnostics.error(
          config.positionOf("baseUrl"),
          Text.of(
                  "`baseUrl` must be an absolute http(s) address",
                  "`baseUrl` は http(s):// で始まる完全なアドレスにしてください")
              .after(SUBJECT),
          url,
          Text.of(
              "for example `baseUrl: https://example.org/handbook/`, or leave it out",
              "たとえば `baseUrl: https://example.org/handbook/`。不要なら行ごと消します"));
      return Optional.empty();
    }
    return Optional.of(url.endsWith("/") ? url : url + "/");
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
          Text.of("the theme has no words in the language `%s`", "テーマには `%s` という言語のことばがありません")
              .formatted(language)
              .after(SUBJECT),
          language,
          Text.of(
                  "set `language:` to one the theme has (a file in %s), or add %s",
                  "`language:` をテーマにある言語（%s にあるファイル）にするか、%s を加えます")
              .formatted(
                  layout.display(messages), layout.display(messages.resolve(language + ".yaml"))));
    }
  }

  /** The address of the repository, for links to edit a page and to report a mistake. */
  private Optional<String> repository(MappingReader config, String url) {
    if (!url.matches("https://[A-Za-z0-9.-]+(:\\d+)?(/[A-Za-z0-9._~%-]+)+/?")) {
      config.error(
          "repository",
          Text.of(
              "`repository` must be the https address of the repository",
              "`repository` にはリポジトリの https:// で始まるアドレスを書きます"),
          url,
          Text.of(
              "for example `repository: https://github.com/owner/handbook`, or leave it out",
              "たとえば `repository: https://github.com/owner/handbook`。不要なら行ごと消します"));
      return Optional.empty();
    }
    return Optional.of(url.replaceFirst("/$", ""));
  }

  private List<NavEntry> navigation(MappingReader config) {
    Optional<YamlValue> value = config.value("navigation");
    if (value.isEmpty()) {
      diagnostics.error(
          config.mapping().position(),
          Text.of("`navigation` is required", "`navigation` が必要です").after(SUBJECT),
          "",
          Text.of(
              "list the pages in reading order, e.g. `navigation: [index.md]`",
              "読む順にページを並べます。例: `navigation: [index.md]`"));
      return List.of();
    }
    if (!(value.get() instanceof YamlValue.Sequence items)) {
      diagnostics.error(
          value.get().position(),
          Text.of("`navigation` must be a list", "`navigation` はリストにしてください").after(SUBJECT),
          "",
          Text.of("write one `- page.md` line per entry", "1 項目につき `- page.md` の行を 1 行書きます"));
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
        section.requiredText(
            "title", Text.of("give the section a `title:`", "まとまりに `title:` を付けてください"));
    Optional<String> folder = section.text("folder");
    Optional<YamlValue> pages = section.value("pages");
    if (folder.isPresent() == pages.isPresent()) {
      diagnostics.error(
          section.mapping().position(),
          Text.of(
                  "a section needs either `pages:` or `folder:`",
                  "まとまりには `pages:` か `folder:` のどちらか一方が必要です")
              .after(NAVIGATION),
          "",
          SECTION_HINT);
      return Optional.empty();
    }
    List<NavEntry.PageRef> refs = new ArrayList<>();
    if (pages.isPresent()) {
      if (!(pages.get() instanceof YamlValue.Sequence list)) {
        diagnostics.error(
            pages.get().position(),
            Text.of("`pages` must be a list of page paths", "`pages` はページのパスのリストにしてください")
                .after(NAVIGATION),
            "",
            Text.of("write one `- page.md` line per page", "1 ページにつき `- page.md` の行を 1 行書きます"));
        return Optional.empty();
      }
      for (YamlValue page : list.items()) {
        if (page instanceof YamlValue.Scalar s && s.value() instanceof String path) {
          refs.add(new NavEntry.PageRef(path, page.position()));
        } else {
          diagnostics.error(
              page.position(),
              Text.of("a page must be a path such as `guide.md`", "ページは `guide.md` のようなパスで書きます")
                  .after(NAVIGATION),
              "",
              Text.NONE);
        }
      }
    }
    return title.map(
        t -> new NavEntry.Section(t, refs, folder.orElse(""), section.mapping().position()));
  }
}
