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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;

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
  private final Set<String> linked;
  private final MessageCatalog messages;

  /**
   * @param messages the theme's words in the site's language, given to templates as {@code msg}
   */
  public ThemeRenderer(
      ProjectLayout layout, String theme, MessageCatalog messages, Diagnostics diagnostics) {
    this.layout = layout;
    this.templates = layout.theme(theme).resolve("templates");
    this.diagnostics = diagnostics;
    this.messages = messages;
    this.freemarker = configure(templates);
    this.linked = linkedTemplates();
  }

  /**
   * The templates that are links to other files, reported here once: FreeMarker refuses them with
   * an exception, and a link could pull any file of the machine into the theme.
   */
  private Set<String> linkedTemplates() {
    Set<String> linked = new HashSet<>();
    for (String name : available()) {
      Path file = templates.resolve(name + EXTENSION);
      if (Files.isSymbolicLink(file)) {
        linked.add(name);
        diagnostics.error(
            SourcePosition.startOf(layout.display(file)),
            Message.THEME_TEMPLATE_LINK_ANOTHER_FILE_THEME.text(),
            "",
            Message.THEME_REPLACE_LINK_TEMPLATE_ITSELF.text());
      }
    }
    return Set.copyOf(linked);
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
    return config;
  }

  /**
   * Starts loading the theme's templates in the background, so that FreeMarker parses them while
   * the pages are parsed; a template that fails is left for {@link #render} to report.
   */
  public ThemeRenderer preload() {
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
    return this;
  }

  /**
   * Renders every page, on all cores, handing each file to {@code sink} as soon as it is made (from
   * several threads at once), so that a large site is never held in memory whole. A page whose
   * template fails is reported and left out.
   *
   * @return what was rendered, for the page weights
   */
  public List<RenderedPage> render(Site site, SiteOutput sink) {
    return render(site, sink, null);
  }

  /**
   * Renders as {@link #render(Site, SiteOutput)}, but a page whose template data equals its entry
   * in {@code cache} is not rendered again: {@code sink} is told it is unchanged.
   */
  public List<RenderedPage> render(Site site, SiteOutput sink, RenderCache cache) {
    List<Page> pages = site.pages();
    ViewBuilder views = new ViewBuilder(site, messages.templates());
    // Dates and numbers as the site's language writes them (month names in `?string`).
    freemarker.setLocale(Locale.forLanguageTag(site.config().language()));
    Optional<Template> nav = optionalTemplate("nav");
    Map<String, String> navHtml = new ConcurrentHashMap<>();
    Map<String, List<PagePart>> parts = new HashMap<>();
    pages.forEach(page -> parts.computeIfAbsent(page.frontMatter().template(), this::partsOf));
    List<Diagnostics> found = new ArrayList<>();
    List<RenderedPage> rendered = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      found.add(new Diagnostics());
      rendered.add(null);
    }
    IntStream.range(0, pages.size())
        .parallel()
        .forEach(
            i -> {
              Page page = pages.get(i);
              Diagnostics own = found.get(i);
              String path = page.outputPath();
              Text rendering = Text.name(page.source().displayPath());
              template(page, own)
                  .flatMap(
                      template -> {
                        List<PagePart> pageParts = parts.get(page.frontMatter().template());
                        Map<String, Object> data =
                            withNav(views.forPage(i), views, nav, navHtml, own);
                        data.put("onRequest", PagePart.hrefs(pageParts, path));
                        long onRequest =
                            pageParts.stream()
                                .mapToLong(
                                    part ->
                                        renderOnce(
                                                part.template(),
                                                data,
                                                part.path(path),
                                                part::script,
                                                rendering,
                                                own,
                                                sink,
                                                cache)
                                            .map(RenderedPage::bytes)
                                            .orElse(0L))
                                .sum();
                        return renderOnce(
                                template,
                                data,
                                path,
                                UnaryOperator.identity(),
                                rendering,
                                own,
                                sink,
                                cache)
                            .map(
                                made ->
                                    made.withParts(
                                        onRequest,
                                        pageParts.stream().map(part -> part.path(path)).toList()));
                      })
                  .ifPresent(made -> rendered.set(i, made));
            });
    found.forEach(d -> d.all().forEach(diagnostics::add));
    List<RenderedPage> out = new ArrayList<>(rendered.stream().filter(r -> r != null).toList());
    out.addAll(renderBook(views, nav, navHtml, sink, cache));
    return out;
  }

  /**
   * The file {@code template} makes of {@code data}, given the last touch {@code finish}, from
   * {@code cache} when it made it before.
   */
  private Optional<RenderedPage> renderOnce(
      Template template,
      Map<String, Object> data,
      String path,
      UnaryOperator<String> finish,
      Text rendering,
      Diagnostics report,
      SiteOutput sink,
      RenderCache cache) {
    RenderCache.Entry known = cache == null ? null : cache.get(path);
    if (known != null && known.data().equals(data)) {
      sink.unchanged(path);
      return Optional.of(known.page());
    }
    Optional<RenderedPage> page =
        process(template, data, path, rendering, report)
            .map(file -> deliver(new Rendered(path, finish.apply(file.html())), sink));
    if (cache != null) {
      page.ifPresent(made -> cache.put(path, data, made));
    }
    return page;
  }

  /**
   * A rendered file: its path, its size, the stylesheets and scripts it loads, the size of its
   * parts loaded on request ({@link PagePart}) and where they are written.
   */
  public record RenderedPage(
      String path, long bytes, List<String> assets, long onRequest, List<String> parts) {
    public RenderedPage {
      assets = List.copyOf(assets);
      parts = List.copyOf(parts);
    }

    RenderedPage withParts(long bytes, List<String> paths) {
      return new RenderedPage(path, this.bytes, assets, bytes, paths);
    }
  }

  private static RenderedPage deliver(Rendered file, SiteOutput sink) {
    byte[] bytes = file.html().getBytes(StandardCharsets.UTF_8);
    sink.accept(new OutputFile(file.path(), bytes));
    return new RenderedPage(
        file.path(), bytes.length, PageWeights.assetsOf(file.path(), file.html()), 0, List.of());
  }

  /**
   * The markup of a page's part loaded on request ({@link PagePart}), read from the script the
   * renderer wrote for it; empty for a file that is not one.
   */
  public static Optional<String> partMarkup(OutputFile file) {
    return file.path().endsWith(".js")
        ? PagePart.markupOf(new String(file.content(), StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /** A page as its template wrote it. */
  private record Rendered(String path, String html) {}

  /**
   * The template data of {@code model}, with the navigation as the theme's {@code nav.ftlh} renders
   * it for the model's {@code navKey}: once per key, shared by every page that has it.
   */
  private Map<String, Object> withNav(
      Record model,
      ViewBuilder views,
      Optional<Template> nav,
      Map<String, String> navHtml,
      Diagnostics own) {
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) TemplateData.plain(model);
    data.put("msg", messages.templates());
    String key = (String) data.remove("navKey");
    String html = "";
    if (nav.isPresent()) {
      html =
          navHtml.computeIfAbsent(
              key,
              k -> {
                Map<String, Object> shared = new java.util.HashMap<>(data);
                shared.put("nav", TemplateData.plain(views.sharedNav(key)));
                return process(nav.get(), shared, key, Text.name("nav" + EXTENSION), own)
                    .map(Rendered::html)
                    .orElse("");
              });
    }
    data.put("navHtml", html);
    return data;
  }

  /**
   * The printable pages, when the theme has a {@code print.ftlh}: the whole handbook on {@link
   * PrintBook#PATH}, or for a large one, volumes that it lists.
   */
  private List<RenderedPage> renderBook(
      ViewBuilder views,
      Optional<Template> nav,
      Map<String, String> navHtml,
      SiteOutput sink,
      RenderCache cache) {
    Optional<Template> template = optionalTemplate("print");
    if (template.isEmpty()) {
      return List.of();
    }
    List<PrintBook.Volume> volumes = views.volumes();
    List<PrintBook.Volume> printed = new ArrayList<>(volumes);
    if (!volumes.get(0).path().equals(PrintBook.PATH)) {
      printed.add(0, new PrintBook.Volume(PrintBook.PATH, "", List.of()));
    }
    List<RenderedPage> files = new ArrayList<>();
    Map<String, PrintBook.Part> made = new HashMap<>();
    for (PrintBook.Volume volume : printed) {
      Views.BookModel model =
          views.forBook(volume, volumes, cache == null ? Map.of() : cache.printParts(), made);
      renderOnce(
              template.get(),
              withNav(model, views, nav, navHtml, diagnostics),
              volume.path(),
              UnaryOperator.identity(),
              Message.THEME_PRINTABLE_PAGE.formatted(volume.path()),
              diagnostics,
              sink,
              cache)
          .ifPresent(files::add);
    }
    if (cache != null) {
      cache.printParts(made);
    }
    return files;
  }

  /** The parts of pages of template {@code name} (see {@link PagePart}), by name. */
  private List<PagePart> partsOf(String name) {
    List<PagePart> parts = new ArrayList<>();
    for (String candidate : available()) {
      String part = PagePart.nameOf(candidate, name);
      if (part != null) {
        optionalTemplate(candidate).ifPresent(template -> parts.add(new PagePart(part, template)));
      }
    }
    return List.copyOf(parts);
  }

  /** The theme's template {@code name}, or empty when the theme has none (or it is unreadable). */
  private Optional<Template> optionalTemplate(String name) {
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
            SourcePosition.startOf(layout.display(templates.resolve(name + EXTENSION))),
            cannotRead(e),
            "",
            Text.NONE);
      }
      return Optional.empty();
    }
  }

  /** The file {@code template} makes of {@code data}, or empty when it fails (reported). */
  private Optional<Rendered> process(
      Template template, Object data, String path, Text rendering, Diagnostics report) {
    StringWriter html = new StringWriter();
    try {
      template.process(data, html);
    } catch (TemplateException e) {
      reportTemplateError(e, rendering, report);
      return Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Optional.of(new Rendered(path, html.toString()));
  }

  private Optional<Template> template(Page page, Diagnostics diagnostics) {
    String name = page.frontMatter().template();
    if (!name.matches("[A-Za-z0-9_-]+")) {
      diagnostics.error(
          page.frontMatter().templateAt(),
          Message.THEME_FRONT_MATTER_TEMPLATE_MUST_TEMPLATE.text(),
          name,
          Message.THEME_NAME_FTLH_FILE_WITHOUT_FTLH.text().formatted(layout.display(templates)));
      return Optional.empty();
    }
    if (linked.contains(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(freemarker.getTemplate(name + EXTENSION));
    } catch (TemplateNotFoundException e) {
      diagnostics.error(
          page.frontMatter().templateAt(),
          Message.THEME_TEMPLATE_DOES_NOT_EXIST
              .text()
              .formatted(name + EXTENSION, layout.display(templates)),
          "",
          Suggestions.didYouMean(
              name,
              available(),
              Message.THEME_HAS_TEMPLATES.text().formatted(String.join(", ", available()))));
    } catch (ParseException e) {
      reportSyntaxError(e, diagnostics);
    } catch (IOException e) {
      // FreeMarker keeps a template that failed to parse (in the preload, say) as this.
      if (e.getCause() instanceof ParseException parse) {
        reportSyntaxError(parse, diagnostics);
      } else {
        diagnostics.error(page.frontMatter().templateAt(), cannotRead(e), "", Text.NONE);
      }
    }
    return Optional.empty();
  }

  private void reportSyntaxError(ParseException e, Diagnostics diagnostics) {
    diagnostics.error(
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
  private void reportTemplateError(TemplateException e, Text rendering, Diagnostics diagnostics) {
    String source = e.getTemplateSourceName() == null ? "?" : e.getTemplateSourceName();
    Integer line = e.getLineNumber();
    Integer column = e.getColumnNumber();
    diagnostics.error(
        new SourcePosition(
            templatePath(source),
            line == null || line < 1 ? 1 : line,
            column == null || column < 1 ? 1 : column),
        Message.THEME_TEMPLATE_ERROR.text().formatted(firstLine(e.getMessageWithoutStackTop())),
        e.getBlamedExpressionString() == null ? "" : e.getBlamedExpressionString(),
        Message.THEME_WHILE_RENDERING_VALUE_MAY_MISSING.text().formatted(rendering));
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
