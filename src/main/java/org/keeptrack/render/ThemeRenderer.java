package org.keeptrack.render;

import freemarker.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;

/**
 * Renders every page of a site through the theme's templates ({@link ThemeTemplates}): one job per
 * page, run on all cores, that makes the page and its parts loaded on request; then the printable
 * pages.
 */
public final class ThemeRenderer {

  private final ThemeTemplates templates;
  private final Diagnostics diagnostics;
  private final MessageCatalog messages;

  /**
   * @param messages the theme's words in the site's language, given to templates as {@code msg}
   */
  public ThemeRenderer(
      ProjectLayout layout, String theme, MessageCatalog messages, Diagnostics diagnostics) {
    this.templates = new ThemeTemplates(layout, theme, diagnostics);
    this.diagnostics = diagnostics;
    this.messages = messages;
  }

  /**
   * Starts loading the theme's templates in the background, so that FreeMarker parses them while
   * the pages are parsed; a template that fails is left for {@link #render} to report.
   */
  public ThemeRenderer preload() {
    templates.preload();
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
    templates.useLanguage(site.config().language());
    Run run = new Run(site, sink, cache);
    // The jobs' results come back in page order, whichever core finished first: a problem that
    // several pages meet is reported once, with the first page's hint, the same on every run.
    List<PageJob> jobs =
        IntStream.range(0, site.pages().size()).parallel().mapToObj(run::page).toList();
    List<RenderedPage> out = new ArrayList<>(delivered(jobs));
    out.addAll(run.book());
    return out;
  }

  /** The pages of {@code jobs}, their problems reported in the jobs' order. */
  private List<RenderedPage> delivered(List<PageJob> jobs) {
    List<RenderedPage> pages = new ArrayList<>();
    for (PageJob job : jobs) {
      job.problems().forEach(diagnostics::add);
      job.page().ifPresent(pages::add);
    }
    return pages;
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

  /**
   * What one page's job made: the page with its parts loaded on request (empty when its template
   * failed), and the problems it met.
   */
  private record PageJob(Optional<RenderedPage> page, List<Diagnostic> problems) {}

  /**
   * The markup of a page's part loaded on request ({@link PagePart}), read from the script the
   * renderer wrote for it; empty for a file that is not one.
   */
  public static Optional<String> partMarkup(OutputFile file) {
    return file.path().endsWith(".js")
        ? PagePart.markupOf(new String(file.content(), StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /**
   * One call of {@link #render}: what its jobs share. The navigation as the theme's {@code
   * nav.ftlh} renders it is made once per key, by the first page that has it.
   */
  private final class Run {
    private final List<Page> pages;
    private final ViewBuilder views;
    private final SiteOutput sink;
    private final RenderCache cache;
    private final Optional<Template> nav = templates.optional("nav");
    private final Map<String, String> navHtml = new ConcurrentHashMap<>();
    private final Map<String, List<PagePart>> parts = new HashMap<>();

    Run(Site site, SiteOutput sink, RenderCache cache) {
      this.pages = site.pages();
      this.views = new ViewBuilder(site, messages.templates());
      this.sink = sink;
      this.cache = cache;
      // Looked up before the jobs start: a template that fails is the theme's problem, and the
      // theme's diagnostics are not shared between threads (each job reports into its own).
      pages.forEach(
          page -> parts.computeIfAbsent(page.frontMatter().template(), templates::partsOf));
    }

    /**
     * The job of page {@code index}: its parts loaded on request, then the page, which names them
     * (the output check meets a part's ids before the page that holds them).
     */
    PageJob page(int index) {
      Page page = pages.get(index);
      Diagnostics own = new Diagnostics();
      Optional<Template> template = templates.forPage(page, own);
      if (template.isEmpty()) {
        return new PageJob(Optional.empty(), own.all());
      }
      String path = page.outputPath();
      Text rendering = Text.name(page.source().displayPath());
      List<PagePart> pageParts = parts.get(page.frontMatter().template());
      Map<String, Object> data = withNav(views.forPage(index), own);
      data.put("onRequest", PagePart.hrefs(pageParts, path));
      long onRequest =
          pageParts.stream()
              .mapToLong(
                  part ->
                      renderOnce(
                              part.template(), data, part.path(path), part::script, rendering, own)
                          .map(RenderedPage::bytes)
                          .orElse(0L))
              .sum();
      List<String> partPaths = pageParts.stream().map(part -> part.path(path)).toList();
      Optional<RenderedPage> made =
          renderOnce(template.get(), data, path, UnaryOperator.identity(), rendering, own)
              .map(file -> file.withParts(onRequest, partPaths));
      return new PageJob(made, own.all());
    }

    /**
     * The printable pages, when the theme has a {@code print.ftlh}: the whole handbook on {@link
     * PrintBook#PATH}, or for a large one, volumes that it lists. The volumes hold different pages
     * and share nothing they write, so they are made on all cores; each reports into its own
     * diagnostics, given on in volume order.
     */
    List<RenderedPage> book() {
      Optional<Template> template = templates.optional("print");
      if (template.isEmpty()) {
        return List.of();
      }
      List<PrintBook.Volume> volumes = views.volumes();
      List<PrintBook.Volume> printed = new ArrayList<>(volumes);
      if (!volumes.get(0).path().equals(PrintBook.PATH)) {
        printed.add(0, new PrintBook.Volume(PrintBook.PATH, "", List.of()));
      }
      Map<String, PrintBook.Part> known = cache == null ? Map.of() : cache.printParts();
      Map<String, PrintBook.Part> made = new ConcurrentHashMap<>();
      List<PageJob> jobs =
          printed.parallelStream()
              .map(volume -> volume(template.get(), volume, volumes, known, made))
              .toList();
      if (cache != null) {
        cache.printParts(made);
      }
      return delivered(jobs);
    }

    private PageJob volume(
        Template template,
        PrintBook.Volume volume,
        List<PrintBook.Volume> volumes,
        Map<String, PrintBook.Part> known,
        Map<String, PrintBook.Part> made) {
      Diagnostics own = new Diagnostics();
      Views.BookModel model = views.forBook(volume, volumes, known, made);
      Optional<RenderedPage> page =
          renderOnce(
              template,
              withNav(model, own),
              volume.path(),
              UnaryOperator.identity(),
              Message.THEME_PRINTABLE_PAGE.formatted(volume.path()),
              own);
      return new PageJob(page, own.all());
    }

    /**
     * The template data of {@code model}, with the navigation as the theme's {@code nav.ftlh}
     * renders it for the model's {@code navKey}: once per key, shared by every page that has it.
     */
    private Map<String, Object> withNav(Record model, Diagnostics own) {
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
                  Map<String, Object> shared = new HashMap<>(data);
                  shared.put("nav", TemplateData.plain(views.sharedNav(key)));
                  return templates
                      .process(nav.get(), shared, Text.name("nav" + ThemeTemplates.EXTENSION), own)
                      .orElse("");
                });
      }
      data.put("navHtml", html);
      return data;
    }

    /**
     * The file {@code template} makes of {@code data} at {@code path}, given the last touch {@code
     * finish} and handed to the sink; from the cache, and not handed on, when it made it before.
     */
    private Optional<RenderedPage> renderOnce(
        Template template,
        Map<String, Object> data,
        String path,
        UnaryOperator<String> finish,
        Text rendering,
        Diagnostics report) {
      RenderCache.Entry known = cache == null ? null : cache.get(path);
      if (known != null && known.data().equals(data)) {
        sink.unchanged(path);
        return Optional.of(known.page());
      }
      Optional<RenderedPage> page =
          templates
              .process(template, data, rendering, report)
              .map(html -> deliver(path, finish.apply(html)));
      if (cache != null) {
        page.ifPresent(made -> cache.put(path, data, made));
      }
      return page;
    }

    private RenderedPage deliver(String path, String html) {
      byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
      sink.acceptDocument(new OutputFile(path, bytes), html);
      return new RenderedPage(path, bytes.length, PageWeights.assetsOf(path, html), 0, List.of());
    }
  }
}
