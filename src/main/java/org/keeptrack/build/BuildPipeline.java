package org.keeptrack.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.assemble.SiteAssembler;
import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.check.Term;
import org.keeptrack.check.TermChecker;
import org.keeptrack.check.TermsLoader;
import org.keeptrack.config.ConfigLoader;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.config.SiteConfig;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.load.SourceLoader;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.Sources;
import org.keeptrack.model.StaticFile;
import org.keeptrack.parse.CachingPageParser;
import org.keeptrack.render.CrawlerFiles;
import org.keeptrack.render.MessageCatalog;
import org.keeptrack.render.MinifiedScripts;
import org.keeptrack.render.OfflineFiles;
import org.keeptrack.render.PageWeights;
import org.keeptrack.render.RenderCache;
import org.keeptrack.render.ScriptMinifier;
import org.keeptrack.render.StylesheetMinifier;
import org.keeptrack.render.ThemeRenderer;
import org.keeptrack.render.ThemeScripts;
import org.keeptrack.search.SearchIndexer;
import org.keeptrack.search.SearchWords;
import org.keeptrack.verify.OutputCheck;
import org.keeptrack.write.LiveOutput;
import org.keeptrack.write.OutputLock;
import org.keeptrack.write.SiteWriter;

/**
 * Builds a site: configuration, sources, pages, site, rendered files, output.
 *
 * <p>Every stage reports into one {@link Diagnostics}; the site is written only when no stage found
 * an error, so a failed build leaves the previous output exactly as it was. One pipeline can build
 * many times (the live preview does); pages whose source has not changed are not parsed again.
 */
public final class BuildPipeline {

  private final boolean minify;
  private final CachingPageParser parser;

  /** For live builds: the pages of the last one, and what its templates were. */
  private final RenderCache renderCache = new RenderCache();

  private String templatesSeen = "";

  /** The site of the last live build, whose search index is written after the reload. */
  private Site lastLive;

  private SearchWords lastLiveWords = SearchWords.NONE;

  /** The published build: scripts and stylesheets minified. */
  public BuildPipeline() {
    this(true);
  }

  /**
   * @param minify false for the live preview, which rebuilds on every save and would wait seconds
   *     for the script minifier; scripts and stylesheets are then copied as written, easier to read
   *     in the browser's tools
   */
  public BuildPipeline(boolean minify) {
    this(minify, new CachingPageParser());
  }

  BuildPipeline(boolean minify, CachingPageParser parser) {
    this.minify = minify;
    this.parser = parser;
  }

  /** Builds the site and writes it, unless a stage found an error. */
  public BuildResult build(ProjectLayout layout) throws IOException {
    return run(layout, Mode.PUBLISH, null);
  }

  /** Runs every stage and reports every problem, but writes nothing, even when all is well. */
  public BuildResult check(ProjectLayout layout) throws IOException {
    return run(layout, Mode.CHECK, null);
  }

  /**
   * Builds into the live preview's folder, rendering and writing only what changed since the last
   * live build; the search index is left for {@link #indexForSearch}, so that open pages can reload
   * first. {@code live} then knows what changed.
   */
  public BuildResult buildLive(ProjectLayout layout, LiveOutput live) throws IOException {
    String templates = TemplatesFingerprint.of(layout);
    if (!templates.equals(templatesSeen)) {
      renderCache.clear();
      templatesSeen = templates;
    }
    BuildResult result;
    try {
      result = run(layout, Mode.LIVE, live);
    } catch (IOException e) {
      // Stopped, perhaps written half-way (then live has forgotten what the folder holds): every
      // page is rendered and written again next time.
      renderCache.clear();
      live.discard();
      throw e;
    }
    if (!result.succeeded()) {
      // Pages rendered for the failed build were never written: render them again next time.
      renderCache.clear();
      live.discard();
      // The last good pages stay, but not one whose source is gone.
      if (lastLive != null) {
        live.remove(
            lastLive.pages().stream()
                .filter(page -> !Files.exists(layout.content().resolve(page.path())))
                .map(Page::outputPath)
                .toList());
      }
    }
    return result;
  }

  /** Writes the search index of the last live build into {@code live}. */
  public void indexForSearch(LiveOutput live) throws IOException {
    if (lastLive != null) {
      SearchIndexer.index(lastLive, lastLiveWords).files().forEach(live);
      try {
        live.commitIndex();
      } catch (IOException e) {
        renderCache.clear(); // live forgot what it holds: see buildLive
        throw e;
      }
    }
  }

  /** How a build ends: written as the published site, written live, or not written at all. */
  private enum Mode {
    PUBLISH,
    LIVE,
    CHECK
  }

  private BuildResult run(ProjectLayout layout, Mode mode, LiveOutput live) throws IOException {
    SiteWriter writer = new SiteWriter(layout);
    Optional<Text> misplaced = writer.placeRefusal();
    if (misplaced.isPresent()) {
      return BuildResult.failed(List.of(), misplaced);
    }
    if (mode != Mode.PUBLISH) {
      // A check writes nothing; the preview holds the lock of its folder while it runs.
      return runWithOutput(layout, mode, live, writer);
    }
    // Held from before the output is looked at until the new site is in place: two builds would
    // share one staging folder, and one could put back the site the other just moved aside.
    OutputLock lock;
    try {
      lock = OutputLock.take(layout);
    } catch (OutputLock.InUseException e) {
      return BuildResult.failed(List.of(), Optional.of(e.reason()));
    } catch (IOException e) {
      // A place that takes no files (such as /proc), said in a line, not a stack trace.
      return BuildResult.failed(
          List.of(),
          Optional.of(
              Message.WRITE_CANNOT_WRITE_OUTPUT_FOLDER.formatted(
                  layout.display(layout.output()), Text.name(e.toString()))));
    }
    try (lock) {
      writer.recoverInterruptedSwap();
      return runWithOutput(layout, mode, live, writer);
    }
  }

  private BuildResult runWithOutput(
      ProjectLayout layout, Mode mode, LiveOutput live, SiteWriter writer) throws IOException {
    boolean write = mode == Mode.PUBLISH;
    Optional<Text> refusal = writer.refusal();
    if (refusal.isPresent()) {
      return BuildResult.failed(List.of(), refusal);
    }
    Diagnostics diagnostics = new Diagnostics();
    StageTimes times = new StageTimes();
    try {
      return stages(layout, mode, live, writer, write, diagnostics, times);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      // A fault of the generator, not of the sources: said in one line, with nothing written
      // (the staging folder is discarded as the stages unwind), instead of a stack trace.
      diagnostics.error(
          SourcePosition.startOf(layout.display(layout.content())),
          Message.BUILD_STOPPED_STAGE.text().formatted(times.running(), Text.name(e.toString())),
          "",
          Message.BUILD_FAULT_GENERATOR_NOT_YOUR_FILES.text());
      return failed(diagnostics);
    }
  }

  private BuildResult stages(
      ProjectLayout layout,
      Mode mode,
      LiveOutput live,
      SiteWriter writer,
      boolean write,
      Diagnostics diagnostics,
      StageTimes times)
      throws IOException {
    Optional<SiteConfig> config = new ConfigLoader(layout, diagnostics).load();
    if (config.isEmpty()) {
      return failed(diagnostics);
    }
    Optional<MessageCatalog> messages =
        MessageCatalog.load(
            layout.theme(config.get().theme()), config.get().language(), layout, diagnostics);
    if (messages.isEmpty()) {
      return failed(diagnostics);
    }
    ThemeRenderer renderer =
        new ThemeRenderer(layout, config.get().theme(), messages.get(), diagnostics).preload();
    Sources sources = new SourceLoader(layout, diagnostics).load(config.get().theme());
    List<Term> terms = new TermsLoader(layout, diagnostics).load();
    new TermChecker(terms, diagnostics).check(sources.pages());
    SearchWords searchWords = SearchWords.of(terms, messages.get().templates());
    times.lap(Stage.LOAD);

    List<Page> pages = parser.parse(sources.pages(), diagnostics);
    times.lap(Stage.PARSE);

    Site site = new SiteAssembler(diagnostics).assemble(config.get(), sources, pages);
    times.lap(Stage.ASSEMBLE);

    // Pages are written as they are rendered, into a staging folder that replaces the output only
    // when the whole build succeeded: a large site is never held in memory at once. Once a
    // problem is known nothing will be written, but every stage still runs, to report all of them.
    try (SiteWriter.Staging staging = write && !diagnostics.hasErrors() ? writer.stage() : null) {
      // The preview has no service worker: it would keep pages the writer is changing. (No source
      // can take the worker's place: content/ publishes no scripts, the theme only into assets/.)
      OfflineFiles offline = new OfflineFiles();
      Path theme = layout.theme(site.config().theme());
      SiteOutput sink =
          mode == Mode.LIVE ? live : staging != null ? staging : SiteWriter.discarding();
      // The build checks what it makes, once the sources are known to be right. Not in the
      // preview: it renders only the pages that changed, and answers every save at once.
      OutputCheck output =
          mode == Mode.LIVE || diagnostics.hasErrors()
              ? null
              : new OutputCheck(site.pages(), layout);
      List<ThemeRenderer.RenderedPage> rendered =
          mode == Mode.LIVE
              ? renderer.render(site, sink, renderCache)
              : renderer.render(
                  site, offline.noting(output == null ? sink : output.noting(sink)), null);
      times.lap(Stage.RENDER);
      SearchIndexer.Index searchIndex =
          mode == Mode.LIVE
              ? new SearchIndexer.Index(List.of(), 0)
              : SearchIndexer.index(site, searchWords);
      times.lap(Stage.SEARCH);
      List<OutputFile> generated = new ArrayList<>(searchIndex.files());
      generated.addAll(CrawlerFiles.of(site));
      generated.addAll(joinedScripts(theme, messages.get(), layout, write, diagnostics));
      checkCopiesReplaceNothing(site, rendered, generated, layout, diagnostics);
      generated.addAll(minified(site, layout, write, diagnostics));
      List<StaticFile> copied = site.files().stream().filter(f -> !isMinified(f)).toList();
      if (mode != Mode.LIVE) {
        generated.addAll(
            offline.files(site, theme, List.copyOf(generated), copied, layout, diagnostics));
      }
      times.lap(Stage.SCRIPTS);
      if (output != null && !diagnostics.hasErrors()) {
        output.check(generated, copied, diagnostics);
      }
      times.lap(Stage.VERIFY);
      if (diagnostics.hasErrors()) {
        return failed(diagnostics);
      }
      generated.forEach(sink);
      if (staging != null) {
        staging.commit(copied);
      }
      if (mode == Mode.LIVE) {
        live.commit(copied);
        lastLive = site;
        lastLiveWords = searchWords;
      }
      times.lap(Stage.WRITE);
      List<PageWeights.PageWeight> weights =
          mode == Mode.LIVE ? List.of() : PageWeights.of(rendered, generated, copied);
      return new BuildResult(
          diagnostics.all(),
          Optional.empty(),
          rendered.size(),
          copied.size() + generated.size(),
          weights,
          searchIndex.bytes(),
          times.all());
    }
  }

  /**
   * A file of content/ or the theme, or a page, must not take the place of one the build makes: a
   * script named like the search index would run on every page that searches, and a page named
   * `print.md` would be lost under the printable handbook. (A copied file in the place of a page is
   * reported by the assembler.)
   */
  private static void checkCopiesReplaceNothing(
      Site site,
      List<ThemeRenderer.RenderedPage> rendered,
      List<OutputFile> generated,
      ProjectLayout layout,
      Diagnostics diagnostics) {
    // What the build makes besides the pages: rendered files counted, as a page and a printable
    // page of the same name are both rendered. A page's parts loaded on request are made too.
    Map<String, Integer> made = new HashMap<>();
    Map<String, String> partsOf = new HashMap<>();
    for (ThemeRenderer.RenderedPage page : rendered) {
      made.merge(page.path(), 1, Integer::sum);
      page.parts().forEach(part -> partsOf.put(part, page.path()));
    }
    site.pages().forEach(page -> made.merge(page.outputPath(), -1, Integer::sum));
    generated.forEach(file -> made.merge(file.path(), 1, Integer::sum));
    Map<String, Page> pagesByOutput = new HashMap<>();
    site.pages().forEach(page -> pagesByOutput.put(page.outputPath(), page));
    for (StaticFile file : site.files()) {
      // Only the theme's assets can be scripts beside a page: content/ publishes none.
      Page owner = pagesByOutput.get(partsOf.get(file.outputPath()));
      if (owner != null) {
        diagnostics.error(
            SourcePosition.startOf(layout.display(file.source())),
            Message.BUILD_FILE_IS_PART_OF_PAGE
                .text()
                .formatted(file.outputPath(), owner.source().displayPath()),
            "",
            Message.BUILD_RENAME_FILE_OR_PAGE.text());
      } else if (made.getOrDefault(file.outputPath(), 0) > 0) {
        replacesMadeFile(file.outputPath(), layout.display(file.source()), diagnostics);
      }
    }
    for (Page page : site.pages()) {
      if (made.getOrDefault(page.outputPath(), 0) > 0) {
        replacesMadeFile(page.outputPath(), page.source().displayPath(), diagnostics);
      }
    }
  }

  private static void replacesMadeFile(String output, String source, Diagnostics diagnostics) {
    diagnostics.error(
        org.keeptrack.diagnostic.SourcePosition.startOf(source),
        Message.BUILD_FILE_BUILD_MAKES_ITSELF_FILE.text().formatted(output),
        "",
        Message.BUILD_RENAME_MOVE_FILE_SEARCH_INDEX.text());
  }

  /**
   * The theme's scripts (from the theme's cache when unchanged) and stylesheets, minified; none in
   * the preview, which copies them as written.
   */
  private List<OutputFile> minified(
      Site site, ProjectLayout layout, boolean write, Diagnostics diagnostics) {
    if (!minify) {
      return List.of();
    }
    Path theme = layout.theme(site.config().theme());
    List<OutputFile> out =
        new ArrayList<>(scriptMinifier(theme, write, diagnostics).minifyAll(site.files(), layout));
    out.addAll(StylesheetMinifier.minifyAll(site.files()));
    return out;
  }

  /**
   * The theme's scripts written in parts, joined with their words in the site's language; minified
   * too, except in the preview.
   */
  private List<OutputFile> joinedScripts(
      Path theme,
      MessageCatalog messages,
      ProjectLayout layout,
      boolean write,
      Diagnostics diagnostics) {
    ScriptMinifier minifier = minify ? scriptMinifier(theme, write, diagnostics) : null;
    List<OutputFile> out = new ArrayList<>();
    for (ThemeScripts.Joined script : ThemeScripts.read(theme, layout, diagnostics)) {
      ThemeScripts.checkWords(script, messages, diagnostics);
      Optional<String> code =
          minifier == null ? Optional.of(script.code()) : minifier.minifyJoined(script);
      code.map(c -> ThemeScripts.withMessages(c, messages.script(script.name())))
          .ifPresent(
              c ->
                  out.add(new OutputFile(script.outputPath(), c.getBytes(StandardCharsets.UTF_8))));
    }
    return out;
  }

  private static ScriptMinifier scriptMinifier(Path theme, boolean write, Diagnostics diagnostics) {
    return new ScriptMinifier(
        diagnostics, new MinifiedScripts(theme.resolve(MinifiedScripts.FOLDER), write));
  }

  /** Whether {@link #minified} writes this file, so that it is not copied as well. */
  private boolean isMinified(StaticFile file) {
    return minify && (ScriptMinifier.isScript(file) || StylesheetMinifier.isStylesheet(file));
  }

  private static BuildResult failed(Diagnostics diagnostics) {
    return BuildResult.failed(diagnostics.all(), Optional.empty());
  }
}
