package org.keeptrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.BuildResult;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.render.PageWeights;

class MainTest {

  @TempDir Path temp;

  private static String report(BuildResult result, ProjectLayout layout) {
    return report(result, layout, Language.EN);
  }

  private static String report(BuildResult result, ProjectLayout layout, Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Main.report(result, layout, language, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summarisesASuccessfulBuild() {
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    List<PageWeights.PageWeight> weights =
        List.of(
            new PageWeights.PageWeight("index.html", 2048, 10240, 0),
            new PageWeights.PageWeight("packet.html", 1024, 10240, 5120));
    assertEquals(
        "page weight (HTML + CSS + JS, before compression):\n"
            + "    12.0 KB  index.html (HTML 2.0 KB)\n"
            + "    11.0 KB  packet.html (HTML 1.0 KB; parts loaded when asked: 5.0 KB)\n"
            + "search index: 3.0 KB, loaded when the reader searches\n"
            + "built 3 pages and copied 2 files into site/ (0 warnings)\n",
        report(
            new BuildResult(List.of(), Optional.empty(), 3, 2, weights, 3072, List.of()), layout));
    assertEquals(
        "ページの重さ（HTML + CSS + JS、圧縮前）:\n"
            + "    12.0 KB  index.html (HTML 2.0 KB)\n"
            + "    11.0 KB  packet.html (HTML 1.0 KB、求められたときに読み込む部分: 5.0 KB)\n"
            + "検索索引: 3.0 KB（読者が検索したときに読み込みます）\n"
            + "site/ に 3 ページを作り、2 個のファイルをコピーしました（警告 0 件）\n",
        report(
            new BuildResult(List.of(), Optional.empty(), 3, 2, weights, 3072, List.of()),
            layout,
            Language.JA));
  }

  @Test
  void listsOnlyTheHeaviestPagesOfALargeSite() {
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    List<PageWeights.PageWeight> weights = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      weights.add(new PageWeights.PageWeight("p" + i + ".html", 1024L * (i % 50), 10240, 0));
    }
    String printed =
        report(
            new BuildResult(List.of(), Optional.empty(), 1000, 2, weights, 3072, List.of()),
            layout);
    List<String> lines = List.of(printed.split("\n"));
    assertEquals(24, lines.size(), printed);
    assertEquals("    59.0 KB  p49.html (HTML 49.0 KB)", lines.get(1));
    assertEquals("  … the 20 heaviest of 1000 pages, heaviest first", lines.get(21));
  }

  @Test
  void listsEveryProblemThenSaysNothingWasWritten() {
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    Diagnostic error =
        new Diagnostic(
            Severity.ERROR,
            new SourcePosition("content/a.md", 2, 3),
            new Text("bad", "だめ"),
            "",
            null);
    Diagnostic warning =
        new Diagnostic(
            Severity.WARNING,
            new SourcePosition("content/b.md", 1, 1),
            new Text("odd", "変"),
            "",
            null);
    BuildResult failed = BuildResult.failed(List.of(error, warning), Optional.empty());
    assertEquals(
        "content/a.md:2:3: error: bad\ncontent/b.md:1:1: warning: odd\n1 errors, 1 warnings: nothing was written\n",
        report(failed, layout));
    assertEquals(
        "content/a.md:2:3: エラー: だめ\ncontent/b.md:1:1: 警告: 変\nエラー 1 件、警告 1 件: 何も書き出していません\n",
        report(failed, layout, Language.JA));
  }

  /** What {@link Main#execute} printed, and its exit status. */
  private record Run(int status, String printed) {}

  private static Run execute(String... args) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      return new Run(Main.execute(args), printed.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void endsWithOneLineAndStatusOneWhenTheSourcesHaveErrors() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    Files.writeString(temp.resolve("content/index.md"), "no front matter\n");

    Run run =
        execute(
            "--project", temp.toString(), "--out", temp.resolve("site").toString(), "--lang", "en");

    assertEquals(1, run.status());
    // Maven runs Main in its own JVM: this line must be the last of the output, with no exception.
    assertTrue(
        run.printed()
            .endsWith(
                "1 errors, 0 warnings: nothing was written\n"
                    + "1 error(s) in the sources, listed above; site/ was left unchanged\n"),
        run.printed());
    assertTrue(Files.notExists(temp.resolve("site")));
  }

  @Test
  void endsTheStandaloneCommandsTheSameWay() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    Files.writeString(temp.resolve("content/index.md"), "no front matter\n");

    Run run = execute("build", "--project", temp.toString(), "--lang", "en");

    assertEquals(1, run.status());
    assertTrue(
        run.printed().endsWith("; site/ was left unchanged\n")
            && !run.printed().contains("Exception"),
        run.printed());
  }

  @Test
  void namesAnUnknownOptionInOneLine() throws IOException {
    Run run = execute("--project", temp.toString(), "--colour", "red", "--lang", "en");

    assertEquals(1, run.status());
    assertEquals(
        "unknown option or missing value: --colour; use --project DIR --out DIR [--mode"
            + " build|check|import] [--base-url URL] [--lang ja|en] [--timings true], or --serve PORT\n",
        run.printed());
  }

  @Test
  void publishesAtTheAddressGivenOnTheCommandLineInsteadOfHandbookYamls() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);

    Run run =
        execute(
            "--project",
            temp.toString(),
            "--out",
            temp.resolve("site").toString(),
            "--base-url",
            "https://preview.example.net/pr-7",
            "--lang",
            "en");

    assertEquals(0, run.status(), run.printed());
    Document index = Jsoup.parse(temp.resolve("site/index.html").toFile(), "UTF-8");
    assertEquals(
        "https://preview.example.net/pr-7/index.html",
        index.selectFirst("link[rel=canonical]").attr("href"));
    String sitemap = Files.readString(temp.resolve("site/sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://preview.example.net/pr-7/index.html</loc>"), sitemap);
    assertFalse(sitemap.contains("example.org/handbook"), sitemap);
    assertTrue(
        Files.readString(temp.resolve("site/robots.txt"))
            .endsWith("\nSitemap: https://preview.example.net/pr-7/sitemap.xml\n"));
  }

  @Test
  void keepsHandbookYamlsAddressWhenMavenLeavesTheOptionEmpty() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);

    // exec:java passes the empty property ${site.baseUrl} as null.
    Run run = execute("--project", temp.toString(), "--base-url", null, "--lang", "en");

    assertEquals(0, run.status(), run.printed());
    Document index = Jsoup.parse(temp.resolve("site/index.html").toFile(), "UTF-8");
    assertEquals(
        "https://example.org/handbook/index.html",
        index.selectFirst("link[rel=canonical]").attr("href"));
  }

  @Test
  void escapesWhatAnAddressMayHoldWhereItGoesIntoAPage() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);

    Run run =
        execute(
            "--project", temp.toString(), "--base-url", "https://x.example/a&b'c", "--lang", "en");

    assertEquals(0, run.status(), run.printed());
    String html = Files.readString(temp.resolve("site/index.html"));
    assertTrue(html.contains("href=\"https://x.example/a&amp;b&#39;c/index.html\""), html);
    Document index = Jsoup.parse(html);
    assertEquals(
        List.of("https://x.example/a&b'c/index.html"),
        index.select("link[rel=canonical]").eachAttr("href"));
  }

  @Test
  void refusesAnAddressThatIsNotOneInOneLineAndBuildsNothing() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    String hostile = "https://example.org/\u001b[2J\"><script>alert(1)</script>";

    Run run = execute("--project", temp.toString(), "--base-url", hostile, "--lang", "en");

    assertEquals(1, run.status());
    assertEquals(
        "error: `-Dsite.baseUrl` (`--base-url` outside Maven) must be an absolute http(s) address"
            + " such as `https://example.org/handbook/`, with no space, quote, `?` or `#` [got"
            + " \"https://example.org/\\u001B[2J\"><script>alert(1)</script>\"]; nothing was"
            + " built\n",
        run.printed());
    assertTrue(Files.notExists(temp.resolve("site")));

    Run japanese =
        execute("check", "--project", temp.toString(), "--base-url", "example.org", "--lang", "ja");

    assertEquals(1, japanese.status());
    assertEquals(
        "エラー: `-Dsite.baseUrl`（Maven の外では `--base-url`）は `https://example.org/handbook/` のような"
            + " http(s):// で始まる完全なアドレスにしてください。空白・引用符・`?`・`#` は使えません"
            + " [書かれた値 \"example.org\"]。何も作っていません\n",
        japanese.printed());
  }

  @Test
  void givesStatusTwoForACommandItDoesNotKnow() throws IOException {
    Run run = execute("publish", "--project", temp.toString());

    assertEquals(2, run.status());
    assertTrue(run.printed().contains("publish"), run.printed());
  }

  @Test
  void readsARelativeOutputFolderFromTheCurrentFolderAsEveryToolDoes()
      throws IOException, InterruptedException {
    Path project = temp.resolve("project");
    Path elsewhere = temp.resolve("elsewhere");
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), project);
    Files.createDirectories(elsewhere);
    Process build =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.keeptrack.cli.Main",
                "build",
                "--project",
                project.toString(),
                "--out",
                "out",
                "--lang",
                "en")
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .start();
    String printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, build.waitFor(), printed);
    assertTrue(Files.isRegularFile(elsewhere.resolve("out/index.html")), printed);
    assertTrue(Files.notExists(project.resolve("out")));
  }

  @Test
  void refusesTheRootAsOutputWithAMessageAndNoStackTrace() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);

    Run run = execute("--project", temp.toString(), "--out", "/", "--lang", "en");

    String refusal =
        "the output folder `/` is the root of the file system; choose a folder of its own, such as"
            + " `site`";
    assertEquals(1, run.status());
    assertEquals(
        "error: "
            + refusal
            + "\n0 errors, 0 warnings: nothing was written\n"
            + refusal
            + "; / was left unchanged\n",
        run.printed());
  }

  @Test
  void printsNothingOfAFileTheBuildRefusedToRead() throws IOException {
    String secret = "root:x:0:0:root:/root:/bin/bash";
    Path passwd = Files.writeString(temp.resolve("passwd"), secret + "\n");
    Map<String, String> reports = new LinkedHashMap<>();
    reports.put(
        "content/terms.yaml",
        "content/terms.yaml:1:1: error: the file is a link to another file; the build reads only"
            + " the project's own files (hint: replace the link with the file itself)\n");
    reports.put(
        "content/handbook.yaml",
        "content/handbook.yaml:1:1: error: the file is a link to another file; the build reads"
            + " only the project's own files (hint: replace the link with the file itself)\n");
    reports.put(
        "themes/plain/templates/page.ftlh",
        "themes/plain/templates/page.ftlh:1:1: error: the template is a link to another file; a"
            + " theme must hold its own files (hint: replace the link with the template itself)\n");
    reports.put(
        "content/guide/overview.md",
        "content/guide/overview.md:1:1: error: the file is 1.0 MB; a source file may be at most"
            + " 1 MB (hint: split it into several smaller files)\n");
    for (Map.Entry<String, String> refused : reports.entrySet()) {
      Path project = temp.resolve("project-" + refused.getKey().replace('/', '-'));
      ProjectLayout layout = TestProjects.copyOfSite("basic", project);
      Path file = project.resolve(refused.getKey());
      Files.deleteIfExists(file);
      if (refused.getKey().endsWith(".md")) {
        Files.writeString(file, secret + "\n" + "x".repeat(1 << 20));
      } else {
        Files.createSymbolicLink(file, passwd);
      }

      String printed = report(TestProjects.build(layout), layout);

      assertEquals(
          refused.getValue() + "1 errors, 0 warnings: nothing was written\n",
          printed,
          refused.getKey());
    }
  }

  @Test
  void checkModeFindsWhatOnlyThePublishedBuildWouldMeetAsWell() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    Files.writeString(temp.resolve("themes/plain/assets/broken.js"), "function broken( {\n}\n");

    Run run = execute("--project", temp.toString(), "--mode", "check", "--lang", "en");

    assertEquals(1, run.status());
    assertTrue(
        run.printed().startsWith("themes/plain/assets/broken.js:3:1: error: script error: "),
        run.printed());
    assertTrue(
        run.printed().endsWith("nothing was written\nthe check found problems, listed above\n"),
        run.printed());
    assertTrue(Files.notExists(temp.resolve("site")));
  }

  @Test
  void speaksJapaneseWhenAsked() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    Files.writeString(temp.resolve("content/index.md"), "no front matter\n");

    Run run = execute("--project", temp.toString(), "--lang", "ja");

    assertEquals(1, run.status());
    assertTrue(
        run.printed().startsWith("content/index.md:1:1: エラー: ページはフロントマターか `#` の見出しで始めます (ヒント: "),
        run.printed());
    assertTrue(run.printed().endsWith("ソースに 1 件のエラー（上に一覧）。site/ は変更していません\n"), run.printed());
  }

  @Test
  void showsTheSourceLineWithACaretUnderTheColumnCountingJapaneseAsWide() throws IOException {
    Files.createDirectories(temp.resolve("content"));
    Files.writeString(temp.resolve("content/a.md"), "---\ntitle: 題名\norder: 二\n---\n");
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    Diagnostic error =
        new Diagnostic(
            Severity.ERROR,
            new SourcePosition("content/a.md", 3, 8),
            new Text("bad", "だめ"),
            "二",
            null);
    assertEquals(
        "content/a.md:3:8: error: bad [got \"二\"]\n    order: 二\n           ^\n"
            + "1 errors, 0 warnings: nothing was written\n",
        report(BuildResult.failed(List.of(error), Optional.empty()), layout));
    Diagnostic wide =
        new Diagnostic(
            Severity.WARNING,
            new SourcePosition("content/a.md", 2, 9),
            new Text("x", "x"),
            "",
            null);
    assertTrue(
        report(BuildResult.failed(List.of(wide), Optional.empty()), layout)
            .startsWith("content/a.md:2:9: warning: x\n    title: 題名\n             ^\n"));
  }

  @Test
  void importRewritesPagesReportsEachChangeAndChangesNothingTheSecondTime() throws IOException {
    TestProjects.copyTree(Path.of("src/test/resources/import/content"), temp.resolve("content"));

    Run first = execute("import", "--project", temp.toString(), "--lang", "en");
    Run second = execute("import", "--project", temp.toString(), "--lang", "en");

    assertEquals(0, first.status(), first.printed());
    assertTrue(
        first
            .printed()
            .startsWith(
                "content/guide/setup.md:7:6: link `../vitepress` is now `../vitepress.md`\n"),
        first.printed());
    assertTrue(
        first
            .printed()
            .endsWith(
                "import: 20 change(s) in 4 of 5 page(s); run `check` next for what is left\n"),
        first.printed());
    assertEquals(
        new Run(0, "import: 0 change(s) in 0 of 5 page(s); run `check` next for what is left\n"),
        second);
  }

  @Test
  void importEndsWithStatusOneWhenAPageCannotBeRead() throws IOException {
    TestProjects.copyTree(Path.of("src/test/resources/import/content"), temp.resolve("content"));
    Files.writeString(temp.resolve("content/broken.md"), "---\ntitle: x\n");

    Run run = execute("import", "--project", temp.toString(), "--lang", "en");

    assertEquals(1, run.status());
    assertTrue(
        run.printed().contains("content/broken.md:1:1: error: the front matter"), run.printed());
    assertTrue(
        run.printed()
            .endsWith(
                "1 page(s) could not be read or written and were left as they were, listed"
                    + " above\n"),
        run.printed());
    assertEquals(1, execute("import", "--project").status());
  }

  @Test
  void importWithoutAConfigurationCountsItsErrorNotUnreadPages() throws IOException {
    Files.createDirectories(temp.resolve("content"));

    Run run = execute("import", "--project", temp.toString(), "--lang", "en");

    assertEquals(1, run.status());
    assertTrue(run.printed().endsWith("1 error(s) in the sources, listed above\n"), run.printed());
  }

  @Test
  void importWithAWrongOptionPrintsTheImportUsage() throws IOException {
    Run run = execute("import", "--out", "site");

    assertEquals(
        new Run(
            1, "unknown option or missing value: --out; use import --project DIR [--lang ja|en]\n"),
        run);
  }

  @Test
  void importsAsMavensRunDoesWithModeImport() throws IOException {
    TestProjects.copyTree(Path.of("src/test/resources/import/content"), temp.resolve("content"));

    Run run =
        execute("--project", temp.toString(), "--out", "site", "--mode", "import", "--lang", "en");

    assertEquals(0, run.status(), run.printed());
    assertTrue(run.printed().contains("import: 20 change(s) in 4 of 5 page(s)"), run.printed());
    assertTrue(Files.readString(temp.resolve("content/mdbook.md")).contains("\n## 移動\n"));
    assertFalse(Files.exists(temp.resolve("site")));
  }
}
