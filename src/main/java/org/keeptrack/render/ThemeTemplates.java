package org.keeptrack.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Page;
import org.keeptrack.text.PhraseBreaks;

/**
 * The theme's FreeMarker templates, loaded once per build, and the report of one that fails.
 *
 * <p>Templates arrive through pull requests like content, so FreeMarker is locked down: HTML
 * auto-escaping on every template, errors rethrown rather than written into the page, no {@code
 * ?new} or {@code ?api}, and data that is only plain values (see {@link TemplateData}).
 */
final class ThemeTemplates {

  static final String EXTENSION = ".ftlh";

  static {
    // FreeMarker would log through whatever library it finds on the classpath, repeating in
    // English what the diagnostics already report, with positions, in the contributor's language.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  private final ProjectLayout layout;
  private final Path folder;
  private final Configuration freemarker;
  private final Diagnostics diagnostics;
  private final Set<String> linked;

  /**
   * @param diagnostics where problems of the theme as a whole go (a link, a template that does not
   *     parse); a page's own problems go where {@link #forPage} is told
   */
  ThemeTemplates(ProjectLayout layout, String theme, Diagnostics diagnostics) {
    this.layout = layout;
    this.folder = layout.theme(theme).resolve("templates");
    this.diagnostics = diagnostics;
    this.freemarker = configure(folder);
    this.linked = linkedTemplates();
  }

  /**
   * The templates that are links to other files, reported here once: FreeMarker refuses them with
   * an exception, and a link could pull any file of the machine into the theme.
   */
  private Set<String> linkedTemplates() {
    Set<String> found = new HashSet<>();
    for (String name : available()) {
      Path file = folder.resolve(name + EXTENSION);
      if (Files.isSymbolicLink(file)) {
        found.add(name);
        diagnostics.error(
            SourcePosition.startOf(layout.display(file)),
            Message.THEME_TEMPLATE_LINK_ANOTHER_FILE_THEME.text(),
            "",
            Message.THEME_REPLACE_LINK_TEMPLATE_ITSELF.text());
      }
    }
    return Set.copyOf(found);
  }

  private static Configuration configure(Path templates) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    try {
      config.setDirectoryForTemplateLoading(templates.toFile());
    } catch (IOException e) {
      // Reported as a missing template when the first page asks for one.
    }
    config.setDefaultEncoding(StandardCharsets.UTF_8.name());
    // Pages are written as UTF-8, so ?url escapes for UTF-8 (the links to report a mistake).
    config.setURLEscapingCharset(StandardCharsets.UTF_8.name());
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    // ${phrases(text)}: the text escaped, with a line break allowed only between its phrases.
    config.setSharedVariable(
        "phrases",
        (TemplateMethodModelEx)
            arguments -> {
              if (arguments.size() != 1
                  || !(arguments.get(0) instanceof TemplateScalarModel text)) {
                throw new TemplateModelException("phrases(text) takes one text");
              }
              return HTMLOutputFormat.INSTANCE.fromMarkup(PhraseBreaks.html(text.getAsString()));
            });
    return config;
  }

  /** Dates and numbers as the site's language writes them (month names in `?string`). */
  void useLanguage(String language) {
    freemarker.setLocale(Locale.forLanguageTag(language));
  }

  /**
   * Starts loading every template in the background, so that FreeMarker parses them while the pages
   * are parsed; a template that fails is left for the page that asks for it to report.
   */
  void preload() {
    Thread loader =
        new Thread(
            () -> {
              for (String name : available()) {
                if (linked.contains(name)) {
                  continue;
                }
                try {
                  freemarker.getTemplate(name + EXTENSION);
                } catch (IOException e) {
                  // reported when a page asks for it
                }
              }
            },
            "template-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** The parts of pages of template {@code name} (see {@link PagePart}), by name. */
  List<PagePart> partsOf(String name) {
    List<PagePart> parts = new ArrayList<>();
    for (String candidate : available()) {
      String part = PagePart.nameOf(candidate, name);
      if (part != null) {
        optional(candidate).ifPresent(template -> parts.add(new PagePart(part, template)));
      }
    }
    return List.copyOf(parts);
  }

  /** The theme's template {@code name}, or empty when the theme has none (or it is unreadable). */
  Optional<Template> optional(String name) {
    if (linked.contains(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(freemarker.getTemplate(name + EXTENSION));
    } catch (TemplateNotFoundException e) {
      return Optional.empty();
    } catch (ParseException e) {
      reportSyntaxError(e, diagnostics);
      return Optional.empty();
    } catch (IOException e) {
      if (e.getCause() instanceof ParseException parse) {
        reportSyntaxError(parse, diagnostics);
      } else {
        diagnostics.error(
            SourcePosition.startOf(layout.display(folder.resolve(name + EXTENSION))),
            cannotRead(e),
            "",
            Text.NONE);
      }
      return Optional.empty();
    }
  }

  /**
   * The template {@code page} names, or empty when there is none such (reported in {@code own}).
   */
  Optional<Template> forPage(Page page, Diagnostics own) {
    String name = page.frontMatter().template();
    if (!name.matches("[A-Za-z0-9_-]+")) {
      own.error(
          page.frontMatter().templateAt(),
          Message.THEME_FRONT_MATTER_TEMPLATE_MUST_TEMPLATE.text(),
          name,
          Message.THEME_NAME_FTLH_FILE_WITHOUT_FTLH.text().formatted(layout.display(folder)));
      return Optional.empty();
    }
    if (linked.contains(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(freemarker.getTemplate(name + EXTENSION));
    } catch (TemplateNotFoundException e) {
      own.error(
          page.frontMatter().templateAt(),
          Message.THEME_TEMPLATE_DOES_NOT_EXIST
              .text()
              .formatted(name + EXTENSION, layout.display(folder)),
          "",
          Suggestions.didYouMean(
              name,
              available(),
              Message.THEME_HAS_TEMPLATES.text().formatted(String.join(", ", available()))));
    } catch (ParseException e) {
      reportSyntaxError(e, own);
    } catch (IOException e) {
      // FreeMarker keeps a template that failed to parse (in the preload, say) as this.
      if (e.getCause() instanceof ParseException parse) {
        reportSyntaxError(parse, own);
      } else {
        own.error(page.frontMatter().templateAt(), cannotRead(e), "", Text.NONE);
      }
    }
    return Optional.empty();
  }

  /**
   * What {@code template} makes of {@code data}, or empty when it fails (reported in {@code report}
   * as met while making {@code rendering}).
   */
  Optional<String> process(Template template, Object data, Text rendering, Diagnostics report) {
    StringWriter html = new StringWriter();
    try {
      template.process(data, html);
    } catch (TemplateException e) {
      reportTemplateError(e, rendering, report);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(html.toString());
  }

  private void reportSyntaxError(ParseException e, Diagnostics report) {
    report.error(
        new SourcePosition(
            templatePath(e.getTemplateName()),
            Math.max(1, e.getLineNumber()),
            Math.max(1, e.getColumnNumber())),
        Message.THEME_TEMPLATE_SYNTAX_ERROR.text().formatted(firstLine(e.getEditorMessage())),
        "",
        Text.NONE);
  }

  private static Text cannotRead(IOException e) {
    return Message.THEME_CANNOT_READ_TEMPLATE.formatted(e.getMessage());
  }

  /** FreeMarker's own words for the problem, which it has only in English, with where it hit. */
  private void reportTemplateError(TemplateException e, Text rendering, Diagnostics report) {
    String source = e.getTemplateSourceName() == null ? "?" : e.getTemplateSourceName();
    Integer line = e.getLineNumber();
    Integer column = e.getColumnNumber();
    report.error(
        new SourcePosition(
            templatePath(source),
            line == null || line < 1 ? 1 : line,
            column == null || column < 1 ? 1 : column),
        Message.THEME_TEMPLATE_ERROR.text().formatted(firstLine(e.getMessageWithoutStackTop())),
        e.getBlamedExpressionString() == null ? "" : e.getBlamedExpressionString(),
        Message.THEME_WHILE_RENDERING_VALUE_MAY_MISSING.text().formatted(rendering));
  }

  private String templatePath(String sourceName) {
    return layout.display(folder.resolve(sourceName));
  }

  private List<String> available() {
    try (Stream<Path> files = Files.list(folder)) {
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
