package org.keeptrack.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.SourcePosition;

class ConfigLoaderTest {

  @TempDir Path project;
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<SiteConfig> load(String yaml) throws IOException {
    Files.createDirectories(project.resolve("content"));
    Files.createDirectories(project.resolve("themes/default"));
    Files.writeString(project.resolve("content/handbook.yaml"), yaml, StandardCharsets.UTF_8);
    return new ConfigLoader(ProjectLayout.standard(project, Path.of("site")), diagnostics).load();
  }

  @Test
  void readsSettingsAndNavigationWithDefaults() throws IOException {
    SiteConfig config =
        load("title: 手引き\nbaseUrl: https://example.org/h\nnavigation:\n  - index.md\n"
                + "  - title: 原則\n    folder: principles\n  - title: 付録\n    pages: [a.md]\n")
            .orElseThrow();
    assertEquals("手引き", config.title());
    assertEquals("ja", config.language());
    assertEquals("default", config.theme());
    assertEquals(Optional.of("https://example.org/h/"), config.baseUrl());
    String file = "content/handbook.yaml";
    assertEquals(
        List.of(
            new NavEntry.PageRef("index.md", new SourcePosition(file, 4, 5)),
            new NavEntry.Section("原則", List.of(), "principles", new SourcePosition(file, 5, 5)),
            new NavEntry.Section(
                "付録",
                List.of(new NavEntry.PageRef("a.md", new SourcePosition(file, 8, 13))),
                "",
                new SourcePosition(file, 7, 5))),
        config.navigation());
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void buildsTheNavigationFromTheFoldersWhenNoneIsWritten() throws IOException {
    for (String page :
        List.of(
            "b.md",
            "index.md",
            "guide/x.md",
            "guide/deep/y.md",
            "demo/App.vue",
            ".hidden/z.md",
            "skip.md",
            "empty/")) {
      Path file = project.resolve("content").resolve(page);
      Files.createDirectories(page.endsWith("/") ? file : file.getParent());
      if (!page.endsWith("/")) {
        Files.writeString(file, "# t\n");
      }
    }
    SiteConfig config = load("title: 手引き\nignore: [skip.md, \"*.vue\"]\n").orElseThrow();
    SourcePosition at = new SourcePosition("content/handbook.yaml", 1, 1);
    assertEquals(
        List.of(
            new NavEntry.PageRef("index.md", at),
            new NavEntry.PageRef("b.md", at),
            new NavEntry.Section("guide", List.of(), "guide", at)),
        config.navigation());
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void ignoresFilesByNameInAnyFolderOrByPath() {
    IgnoredFiles ignored = new IgnoredFiles(List.of("*.vue", "demo/**", "_headers"));
    assertEquals(true, ignored.contains("guide/components/App.vue"));
    assertEquals(true, ignored.contains("demo/a/b.md"));
    assertEquals(true, ignored.contains("_headers"));
    assertEquals(false, ignored.contains("guide/demo/b.md"));
    assertEquals(false, ignored.contains("guide/x.md"));
  }

  @Test
  void reportsIgnorePatternsThatAreNotPatternsInsideContent() throws IOException {
    load("title: t\nnavigation: [index.md]\nignore:\n  - ../x.md\n  - \"[a\"\n  - \"*.js\"\n");
    assertEquals(
        List.of(
            "content/handbook.yaml:4:5: error: handbook.yaml: an `ignore` entry must be a file"
                + " pattern inside content/ [got \"../x.md\"] (hint: write one pattern a line,"
                + " such as `- \"*.vue\"` (a name in any folder) or `- demo/**`)",
            "content/handbook.yaml:5:5: error: handbook.yaml: an `ignore` entry must be a file"
                + " pattern inside content/ [got \"[a\"] (hint: write one pattern a line, such as"
                + " `- \"*.vue\"` (a name in any folder) or `- demo/**`)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  @Test
  void reportsAMissingConfiguration() throws IOException {
    Files.createDirectories(project.resolve("content"));
    new ConfigLoader(ProjectLayout.standard(project, Path.of("site")), diagnostics).load();
    assertEquals(
        List.of(
            "content/handbook.yaml:1:1: error: the site configuration is missing (hint: create it"
                + " with at least `title:` and `navigation:`)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
    assertEquals(
        List.of(
            "content/handbook.yaml:1:1: エラー: サイトの設定ファイルがありません (ヒント:"
                + " `title:` と `navigation:` を書いたファイルを作ってください)"),
        diagnostics.all().stream().map(d -> d.format(Language.JA)).toList());
  }

  @Test
  void refusesABaseUrlThatCouldCloseAnAttributeAtItsLine() throws IOException {
    Optional<SiteConfig> config =
        load(
            "title: 手引き\nbaseUrl: 'https://example.org/\"><script>alert(1)</script>/'\n"
                + "navigation:\n  - index.md\n");
    assertEquals(Optional.empty(), config);
    assertEquals(
        List.of(
            "content/handbook.yaml:2:10: error: handbook.yaml: `baseUrl` must be an absolute http(s)"
                + " address [got \"https://example.org/\"><script>alert(1)</script>/\"] (hint: for"
                + " example `baseUrl: https://example.org/handbook/`, or leave it out)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }
}
