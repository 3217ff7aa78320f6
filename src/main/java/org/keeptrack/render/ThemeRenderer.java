package org.keeptrack.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;

/**
 * Renders every page of a site through the theme's FreeMarker templates.
 *
 * <p>Templates arrive through pull requests like content, so FreeMarker is locked down: HTML
 * auto-escaping on every template, errors rethrown rather than written into the page, no {@code
 * ?new} or {@code ?api}, and data that is only plain values (see {@link TemplateData}).
 */
public final class ThemeRenderer {

  static final String EXTENSION = ".ftlh";

  static {
    // FreeMarker would log through whatever library it finds on the classpath, repeating in
    // English what the diagnostics already report, with positions, in the contributor's language.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  private final ProjectLayout layout;
  private final Path templates;
  private final Configuration freemarker;
  private final Diagnostics diagnostics;

  public ThemeRenderer(ProjectLayout layout, String theme, Diagnostics diagnostics) {
    this.layout = layout;
    this.templates = layout.themes().resolve(theme).resolve("templates");
    this.diagnostics = diagnostics;
    this.freemarker = configure(templates);
  }

  private static Configuration configure(Path templates) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    try {
      config.setDirectoryForTemplateLoading(templates.toFile());
    } catch (IOException e) {
      // Reported as a missing template when the first page asks for one.
    }
    config.setDefaultEncoding(StandardCharsets.UTF_8.name());
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    config.setLocale(Locale.JAPAN);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    return config;
  }

  /** The rendered pages; a page whose template fails is reported and left out. */
  public List<OutputFile> render(Site site) {
    List<OutputFile> out = new ArrayList<>();
    List<Page> pages = site.pages();
    ViewBuilder views = new ViewBuilder(site);
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      Optional<Template> template = template(page);
      if (template.isPresent()) {
        process(
                template.get(),
                views.forPage(i),
                page.outputPath(),
                Text.name(page.source().displayPath()))
            .ifPresent(out::add);
      }
    }
    renderBook(views).ifPresent(out::add);
    return out;
  }

  /** The whole handbook on one page, when the theme has a {@code print.ftlh} for it. */
  private Optional<OutputFile> renderBook(ViewBuilder views) {
    Template template;
    try {
      template = freemarker.getTemplate("print" + EXTENSION);
    } catch (TemplateNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(templates.resolve("print" + EXTENSION))),
          cannotRead(e),
          "",
          Text.NONE);
      return Optional.empty();
    }
    return process(
        template,
        views.forBook(),
        PrintBook.PATH,
        Text.of("the whole-handbook page %s", "ハンドブック全体のページ %s").formatted(PrintBook.PATH));
  }

  /** The file {@code template} makes of {@code model}, or empty when it fails (reported). */
  private Optional<OutputFile> process(
      Template template, Object model, String path, Text rendering) {
    StringWriter html = new StringWriter();
    try {
      template.process(TemplateData.plain(model), html);
    } catch (TemplateException e) {
      reportTemplateError(e, rendering);
      return Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Optional.of(new OutputFile(path, html.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private Optional<Template> template(Page page) {
    String name = page.frontMatter().template();
    if (!name.matches("[A-Za-z0-9_-]+")) {
      diagnostics.error(
          page.frontMatter().templateAt(),
          Text.of(
              "front matter: `template` must be a template name such as `page`",
              "フロントマター: `template` には `page` のようなテンプレート名を書きます"),
          name,
          Text.of(
                  "the name of a .ftlh file in %s/, without `.ftlh`",
                  "%s/ にある .ftlh ファイルの名前を、`.ftlh` を除いて書きます")
              .formatted(layout.display(templates)));
      return Optional.empty();
    }
    try {
      return Optional.of(freemarker.getTemplate(name + EXTENSION));
    } catch (TemplateNotFoundException e) {
      diagnostics.error(
          page.frontMatter().templateAt(),
          Text.of("the template `%s` does not exist in %s/", "テンプレート `%s` は %s/ にありません")
              .formatted(name + EXTENSION, layout.display(templates)),
          "",
          Suggestions.didYouMean(
              name,
              available(),
              Text.of("the theme has: %s", "このテーマにあるのは %s です")
                  .formatted(String.join(", ", available()))));
    } catch (ParseException e) {
      diagnostics.error(
          new SourcePosition(
              templatePath(e.getTemplateName()),
              Math.max(1, e.getLineNumber()),
              Math.max(1, e.getColumnNumber())),
          Text.of("template syntax error: %s", "テンプレートの書き方に誤りがあります: %s")
              .formatted(firstLine(e.getEditorMessage())),
          "",
          Text.NONE);
    } catch (IOException e) {
      diagnostics.error(
          page.frontMatter().templateAt(), cannotRead(e), "", Text.NONE);
    }
    return Optional.empty();
  }

  private static Text cannotRead(IOException e) {
    return Text.of("cannot read the template: %s", "テンプレートを読み込めません: %s")
        .formatted(e.getMessage());
  }

  /** FreeMarker's own words for the problem, which it has only in English, with where it hit. */
  private void reportTemplateError(TemplateException e, Text rendering) {
    String source = e.getTemplateSourceName() == null ? "?" : e.getTemplateSourceName();
    Integer line = e.getLineNumber();
    Integer column = e.getColumnNumber();
    diagnostics.error(
        new SourcePosition(
            templatePath(source),
            line == null || line < 1 ? 1 : line,
            column == null || column < 1 ? 1 : column),
        Text.of("template error: %s", "テンプレートの実行中にエラー: %s")
            .formatted(firstLine(e.getMessageWithoutStackTop())),
        e.getBlamedExpressionString() == null ? "" : e.getBlamedExpressionString(),
        Text.of(
                "while rendering %s; a value that may be missing needs a default, as in `${x!\"\"}`",
                "%s を作っているときに起きました。ないかもしれない値には `${x!\"\"}` のように既定値を付けます")
            .formatted(rendering));
  }

  private String templatePath(String sourceName) {
    return layout.display(templates.resolve(sourceName));
  }

  private List<String> available() {
    try (Stream<Path> files = Files.list(templates)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(EXTENSION))
          .map(n -> n.substring(0, n.length() - EXTENSION.length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String firstLine(String message) {
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
