package org.keeptrack.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.json.Json;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.StaticFile;

/**
 * The build's check of its own output, on files made here: what the fixtures under {@code invalid/}
 * cannot make, such as a service worker that keeps a file the build does not write.
 */
class OutputCheckTest {

  private static final ProjectLayout LAYOUT =
      ProjectLayout.standard(Path.of("project"), Path.of("site"));

  private final List<OutputFile> passedOn = new ArrayList<>();
  private final OutputCheck check = new OutputCheck(List.of(), LAYOUT);
  private final SiteOutput sink = check.noting(passedOn::add);

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> report(List<OutputFile> generated) {
    Diagnostics diagnostics = new Diagnostics();
    check.check(generated, List.of(), diagnostics);
    return diagnostics.all().stream()
        .map(d -> d.format(Language.EN))
        .map(l -> l.split(" \\(")[0])
        .toList();
  }

  @Test
  void aServiceWorkerMayKeepOnlyFilesTheBuildWrites() {
    sink.accept(file("index.html", "<p>home</p>"));
    OutputFile worker =
        file(
            "sw.js",
            "var VERSION = \"1\";\nvar PRECACHE = "
                + Json.write(List.of("index.html", "gone.html"))
                + ";\nself.addEventListener('fetch', function () {});\n");

    assertEquals(
        List.of(
            "site/sw.js:1:1: error: the build made `sw.js` with the address `gone.html`, a file"
                + " it does not write"),
        report(List.of(worker)));
  }

  /** The worker lists addresses encoded, as a page links them: they name the files as written. */
  @Test
  void aServiceWorkersEncodedAddressesNameTheFilesAsWritten() {
    sink.accept(file("index.html", "<p>home</p>"));
    OutputFile worker =
        file(
            "sw.js",
            "var VERSION = \"1\";\nvar PRECACHE = "
                + Json.write(
                    List.of(
                        "index.html",
                        "img/a%23b.png",
                        "img/%E5%9B%B3.png",
                        "img/q%3Fx.png",
                        "img/missing%23.png"))
                + ";\n");
    Diagnostics diagnostics = new Diagnostics();
    check.check(
        List.of(worker),
        List.of(
            new StaticFile("img/a#b.png", Path.of("project/content/img/a#b.png")),
            new StaticFile("img/図.png", Path.of("project/content/img/図.png")),
            new StaticFile("img/q?x.png", Path.of("project/content/img/q?x.png"))),
        diagnostics);

    assertEquals(
        List.of(
            "site/sw.js:1:1: error: the build made `sw.js` with the address `img/missing%23.png`,"
                + " a file it does not write"),
        diagnostics.all().stream().map(d -> d.format(Language.EN).split(" \\(")[0]).toList());
  }

  @Test
  void everyDocumentIsPassedOnAsItWasMade() {
    OutputFile page = file("a/b.html", "<a href=\"../index.html\">up</a>");
    sink.accept(page);

    assertEquals(List.of(page), passedOn);
  }

  @Test
  void aFolderIsItsIndexAndAPartIsReadFromBesideItsPage() {
    sink.accept(file("index.html", "<a href=\"guide/\">guide</a> <a href=\"./\">home</a>"));
    sink.accept(
        file(
            "guide/page.more.js",
            "((window.keeptrack = window.keeptrack || {}).parts = window.keeptrack.parts || {}).more = "
                + Json.write("<a href=\"../index.html\">home</a><img src=\"lost.png\" alt=\"\">")
                + ";\n"));
    sink.accept(file("guide/page.html", "<a href=\"page.more.js\">part</a>"));

    assertEquals(
        List.of(
            "site/guide/page.more.js:1:1: error: the build made `guide/page.more.js` with the"
                + " address `lost.png`, a file it does not write",
            "site/index.html:1:1: error: the build made `index.html` with the address `guide/`, a"
                + " file it does not write"),
        report(List.of()));
  }

  @Test
  void aFileAddressedFromManyDocumentsIsReportedOnceAtTheFirstByName() {
    for (String page : List.of("c.html", "a.html", "b.html")) {
      sink.accept(file(page, "<img src=\"missing.png\" alt=\"\">"));
    }

    assertEquals(
        List.of(
            "site/a.html:1:1: error: the build made `a.html` with the address `missing.png`, a"
                + " file it does not write"),
        report(List.of()));
  }

  /** The renderer gives a page with the text it encoded: that text is read, and passed on too. */
  @Test
  void aDocumentGivenWithItsTextIsReadFromItAndPassedOnWithIt() {
    List<String> texts = new ArrayList<>();
    SiteOutput next =
        new SiteOutput() {
          @Override
          public void accept(OutputFile file) {
            texts.add("bytes only");
          }

          @Override
          public void acceptDocument(OutputFile file, String text) {
            texts.add(text);
          }
        };
    // The bytes and the text differ here only to tell which of them the check read.
    String html = "<img src=\"missing.png\" alt=\"\">";
    check.noting(next).acceptDocument(file("a.html", "<img src=\"other.png\" alt=\"\">"), html);

    assertEquals(List.of(html), texts);
    assertEquals(
        List.of(
            "site/a.html:1:1: error: the build made `a.html` with the address `missing.png`, a"
                + " file it does not write"),
        report(List.of()));
  }
}
