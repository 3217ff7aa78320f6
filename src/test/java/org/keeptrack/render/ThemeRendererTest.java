package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.IgnoredFiles;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.config.SiteConfig;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.SourceFile;
import org.keeptrack.parse.MarkdownConverter;
import org.keeptrack.parse.PageParser;

class ThemeRendererTest {

  @TempDir Path project;
  private final Diagnostics diagnostics = new Diagnostics();
  private List<ThemeRenderer.RenderedPage> rendered;

  private List<OutputFile> render(String template, String frontMatter) throws IOException {
    Path templates = project.resolve("themes/t/templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("page.ftlh"), template, StandardCharsets.UTF_8);
    ProjectLayout layout = ProjectLayout.standard(project, Path.of("site"));
    PageParser parser = new PageParser(new MarkdownConverter(), diagnostics);
    Page page =
        parser
            .parse(
                new SourceFile("a/b.md", "content/a/b.md", "---\n" + frontMatter + "\n---\n本文\n"))
            .orElseThrow();
    SiteConfig config =
        new SiteConfig(
            "サイト",
            "",
            "ja",
            Optional.empty(),
            "t",
            List.of(),
            Optional.empty(),
            "main",
            IgnoredFiles.NONE);
    Site site = new Site(config, List.of(page), List.of(NavNode.page(page)), List.of());
    List<OutputFile> out = new java.util.ArrayList<>();
    rendered =
        new ThemeRenderer(layout, "t", MessageCatalog.EMPTY, diagnostics).render(site, out::add);
    return out;
  }

  private static String text(OutputFile file) {
    return new String(file.content(), StandardCharsets.UTF_8);
  }

  private List<String> problems() {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void escapesValuesButNotTheRenderedBody() throws IOException {
    List<OutputFile> out = render("${page.title}|${page.content?no_esc}", "title: <b>&</b>");
    assertEquals("&lt;b&gt;&amp;&lt;/b&gt;|<p>本文</p>\n", text(out.get(0)));
  }

  @Test
  void givesLinksRelativeToThePage() throws IOException {
    List<OutputFile> out =
        render("${root}|${site.home}|<#list nav as n>${n.href} ${n.current?c}</#list>", "title: t");
    // The fixture has no index.md: the site title leads to its first page (Site.home).
    assertEquals("../|b.html|b.html true", text(out.get(0)));
  }

  @Test
  void writesAPartLoadedOnRequestBesideItsPageAsAScript() throws IOException {
    Path templates = Files.createDirectories(project.resolve("themes/t/templates"));
    Files.writeString(templates.resolve("page.more.ftlh"), "<p title=\"${page.title}\">\n</p>");
    Files.writeString(templates.resolve("other.more.ftlh"), "not for this page's template");
    List<OutputFile> out = render("<div data-part=\"${onRequest.more}\"></div>", "title: a&b");
    assertEquals(List.of("a/b.more.js", "a/b.html"), out.stream().map(OutputFile::path).toList());
    assertEquals(
        "((window.keeptrack = window.keeptrack || {}).parts = window.keeptrack.parts || {}).more ="
            + " \"\\u003cp title=\\\"a\\u0026amp;b\\\"\\u003e\\n\\u003c/p\\u003e\";\n",
        text(out.get(0)));
    assertEquals("<div data-part=\"b.more.js\"></div>", text(out.get(1)));
    assertEquals(out.get(0).content().length, rendered.get(0).onRequest(), "its page's weight");
  }

  @Test
  void passesExtraFrontMatterToTemplates() throws IOException {
    List<OutputFile> out = render("${page.extra.audience}", "title: t\naudience: 復帰前");
    assertEquals("復帰前", text(out.get(0)));
  }

  @Test
  void reportsAMissingValueAtItsPlaceInTheTemplate() throws IOException {
    List<OutputFile> out = render("<p>\n  ${page.nothing}</p>", "title: t");
    assertEquals(List.of(), out);
    assertEquals(
        List.of(
            "themes/t/templates/page.ftlh:2:5: error: template error: The following has evaluated"
                + " to null or missing: [got \"page.nothing\"] (hint: while rendering content/a/b.md;"
                + " a value that may be missing needs a default, as in `${x!\"\"}`)"),
        problems());
  }

  @Test
  void refusesToCallJavaFromTemplates() throws IOException {
    render(
        "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"x\")}",
        "title: t");
    assertTrue(
        problems().get(0).contains("not allowed in the template for security reasons"),
        problems().toString());
  }

  @Test
  void refusesTheApiBuiltIn() throws IOException {
    render("${site?api}", "title: t");
    assertEquals(1, problems().size());
  }

  @Test
  void reportsAMissingTemplateAtTheFrontMatterKeyWithASuggestion() throws IOException {
    render("x", "title: t\ntemplate: pgae");
    assertEquals(
        List.of(
            "content/a/b.md:3:11: error: the template `pgae.ftlh` does not exist in"
                + " themes/t/templates/ (hint: did you mean `page`?)"),
        problems());
  }

  @Test
  void leavesOutOnlyThePageWhoseTemplateFailsAndReportsItOnce() throws IOException {
    Path templates = Files.createDirectories(project.resolve("themes/t/templates"));
    Files.writeString(templates.resolve("page.ftlh"), "${page.title}");
    Files.writeString(templates.resolve("page.more.ftlh"), "<p>${page.title}</p>");
    PageParser parser = new PageParser(new MarkdownConverter(), diagnostics);
    List<Page> pages = new java.util.ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      String template = name.equals("c") ? "\ntemplate: pgae" : "";
      pages.add(
          parser
              .parse(
                  new SourceFile(
                      name + ".md",
                      "content/" + name + ".md",
                      "---\ntitle: " + name + template + "\n---\n本文\n"))
              .orElseThrow());
    }
    SiteConfig config =
        new SiteConfig(
            "サイト",
            "",
            "ja",
            Optional.empty(),
            "t",
            List.of(),
            Optional.empty(),
            "main",
            IgnoredFiles.NONE);
    Site site = new Site(config, pages, pages.stream().map(NavNode::page).toList(), List.of());
    List<OutputFile> out = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    ProjectLayout layout = ProjectLayout.standard(project, Path.of("site"));

    rendered =
        new ThemeRenderer(layout, "t", MessageCatalog.EMPTY, diagnostics).render(site, out::add);

    assertEquals(
        List.of("a.html", "b.html", "d.html"),
        rendered.stream().map(ThemeRenderer.RenderedPage::path).toList(),
        "in the order of the pages, whichever core finished first");
    assertEquals(List.of("b.more.js"), rendered.get(1).parts());
    assertEquals(6, out.size(), "each page and its part, handed on as made");
    assertEquals(1, problems().size(), problems().toString());
    assertTrue(problems().get(0).startsWith("content/c.md:3:11: error: the template `pgae.ftlh`"));
  }
}
