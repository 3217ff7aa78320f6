package org.keeptrack.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keeptrack.config.IgnoredFiles;
import org.keeptrack.config.NavEntry;
import org.keeptrack.config.SiteConfig;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Sources;
import org.keeptrack.model.StaticFile;
import org.keeptrack.parse.MarkdownConverter;
import org.keeptrack.parse.PageParser;

class SiteAssemblerTest {

  private static final SourcePosition CONFIG = SourcePosition.startOf("content/handbook.yaml");

  private final Diagnostics diagnostics = new Diagnostics();
  private final List<SourceFile> sources = new ArrayList<>();

  private void page(String path, String frontMatter, String body) {
    sources.add(
        new SourceFile(path, "content/" + path, "---\n" + frontMatter + "\n---\n" + body + "\n"));
  }

  private Site assemble(List<NavEntry> navigation, StaticFile... files) {
    PageParser parser = new PageParser(new MarkdownConverter(), diagnostics);
    List<Page> pages = sources.stream().flatMap(s -> parser.parse(s).stream()).toList();
    SiteConfig config =
        new SiteConfig(
            "t",
            "",
            "ja",
            Optional.empty(),
            "default",
            navigation,
            Optional.empty(),
            "main",
            IgnoredFiles.NONE);
    return new SiteAssembler(diagnostics)
        .assemble(config, new Sources(sources, List.of(files), List.of()), pages);
  }

  private static NavEntry.PageRef ref(String path) {
    return new NavEntry.PageRef(path, CONFIG);
  }

  private List<String> problems() {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void ordersFolderSectionsByOrderThenPathAndLeavesDraftsOut() {
    page("index.md", "title: ホーム", "");
    page("p/b.md", "title: B\norder: 1", "");
    page("p/a.md", "title: A\norder: 1", "");
    page("p/first.md", "title: 最初\norder: -1", "");
    page("p/wip.md", "title: 書きかけ\ndraft: true", "");
    Site site =
        assemble(List.of(ref("index.md"), new NavEntry.Section("原則", List.of(), "p", CONFIG)));
    assertEquals(
        List.of("index.md", "p/first.md", "p/a.md", "p/b.md"),
        site.pages().stream().map(Page::path).toList());
    NavNode section = site.navigation().get(1);
    assertEquals("原則", section.title());
    assertEquals(List.of("最初", "A", "B"), section.children().stream().map(NavNode::title).toList());
    assertEquals(List.of(), problems());
  }

  @Test
  void leadsLinksWrittenWithVitePressAnchorsToTheHeadingsIds() {
    page(
        "index.md",
        "title: 目次",
        "[監視](guide.md#server-watch) / [自分](#_3-つ目) / [題](guide.md#hmr-api)\n\n## 3 つ目");
    page("guide.md", "title: HMR API", "## server.watch");
    Site site = assemble(List.of(ref("index.md"), ref("guide.md")));
    assertEquals(List.of(), problems());
    Page index = site.pages().get(0);
    assertEquals(
        List.of("serverwatch", "3-つ目", ""),
        index.links().stream().map(link -> site.foreignAnchors().get(link)).toList());
  }

  @Test
  void warnsAboutPagesNoNavigationReachesButStillPublishesThem() {
    page("index.md", "title: ホーム", "");
    page("lonely.md", "title: ひとり", "");
    Site site = assemble(List.of(ref("index.md")));
    assertEquals(2, site.pages().size());
    assertEquals(
        List.of(
            "content/lonely.md:1:1: warning: no navigation leads to this page (hint: add"
                + " `lonely.md` to `navigation` in content/handbook.yaml)"),
        problems());
  }

  @Test
  void checksLinksToPagesAnchorsAndFiles() {
    page("index.md", "title: ホーム", "## 目次\n\n[a](guide/step.md#手順) [b](#目次) ![c](img/a.png)");
    page("guide/step.md", "title: 手順", "## 手順\n\n[戻る](../index.md#目次) [ない](../index.md#ない)");
    assemble(
        List.of(ref("index.md"), ref("guide/step.md")),
        new StaticFile("img/a.png", Path.of("unused")));
    assertEquals(
        List.of(
            "content/guide/step.md:6:22: error: there is no heading `#ない` in `index.md` [got"
                + " \"../index.md#ない\"] (hint: its headings are #目次)"),
        problems());
  }

  @Test
  void doesNotRepeatProblemsOfPagesThatFailedToParse() {
    page("index.md", "title: ホーム", "[壊れた](broken.md)");
    sources.add(new SourceFile("broken.md", "content/broken.md", "no front matter\n"));
    assemble(List.of(ref("index.md"), ref("broken.md")));
    assertEquals(1, problems().size(), problems().toString());
  }

  @Test
  void refusesTwoSourcesForOneOutputFile() {
    page("index.md", "title: ホーム", "");
    assemble(List.of(ref("index.md")), new StaticFile("index.html", Path.of("unused")));
    assertEquals(
        List.of(
            "content/index.md:1:1: error: `index.html` would be written twice, by this source and by"
                + " a copied file (hint: rename or remove one of them (theme assets land in assets/))"),
        problems());
  }
}
