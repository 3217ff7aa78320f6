package org.keeptrack.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.keeptrack.assemble.SiteAssembler;
import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.check.Term;
import org.keeptrack.check.TermChecker;
import org.keeptrack.check.TermsLoader;
import org.keeptrack.config.BaseUrl;
import org.keeptrack.config.ConfigLoader;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.config.SiteConfig;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.load.SourceLoader;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.Sources;
import org.keeptrack.parse.CachingPageParser;
import org.keeptrack.render.MessageCatalog;
import org.keeptrack.render.RenderCache;
import org.keeptrack.render.ThemeRenderer;
import org.keeptrack.search.SearchIndexer;
import org.keeptrack.search.SearchWords;
import org.keeptrack.write.LiveOutput;
import org.keeptrack.write.OutputLock;
import org.keeptrack.write.SiteWriter;

/**
 * Builds a site: configuration, sources, pages, the assembled site, then its outputs, each made by
 * one producer in the order {@link #outputs} declares, and writes them at once.
 *
 * <p>Every stage reports into one {@link Diagnostics}; the site is written only when no stage found
 * an error, so a failed build leaves the previous output exactly as it was. One pipeline can build
 * many times (the live preview does); pages whose source has not changed are not parsed again.
 */
public final class BuildPipeline {

  private final boolean minify;
  private final CachingPageParser parser;

  /** Where the site is published when the command line says so (a preview deployment). */
  private final Optional<BaseUrl> publishedAt;

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
    this(minify, parser, Optional.empty());
  }

  private BuildPipeline(boolean minify, CachingPageParser parser, Optional<BaseUrl> publishedAt) {
    this.minify = minify;
    this.parser = parser;
    this.publishedAt = publishedAt;
  }

  /** A pipeline that builds the site for {@code url} instead of handbook.yaml's {@code baseUrl}. */
  public BuildPipeline publishedAt(BaseUrl url) {
    return new BuildPipeline(minify, parser, Optional.of(url));
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
    Optional<Text> refusal = writer.refusal();
    if (refusal.isPresent()) {
      return BuildResult.failed(List.of(), refusal);
    }
    Diagnostics diagnostics = new Diagnostics();
    StageTimes times = new StageTimes();
    try {
      return stages(layout, new BuildOutput.Destination(mode, writer, live), diagnostics, times);
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

  /**
   * The build's outputs, in the order they run; each is given what those before it made. Add an
   * output file here, as one line. Made anew for every build: a producer that reads the pages as
   * they go by keeps what it noted until its turn comes.
   */
  static List<OutputProducer> outputs(ThemeRenderer renderer) {
    return List.of(
        // First: every other output is of the pages, or checks them.
        new PageProducer(renderer),
        new SearchIndexProducer(),
        new CrawlerFileProducer(),
        new JoinedScriptProducer(),
        // Once every file a source could be named like is made, and before the minified scripts
        // and stylesheets, which take the place of copied files on purpose.
        new CopyClashChecker(),
        new MinifiedFileProducer(),
        // Last of the files: the worker lists every other file, and its version is made of them.
        new OfflineFileProducer(),
        // Of everything made: the check reads every file, a page weighs what it loads.
        new OutputVerifier(),
        new PageWeigher());
  }

  /** What the stages before the parse read: the configuration, the theme and the sources. */
  private record Loaded(
      SiteConfig config,
      Path theme,
      MessageCatalog messages,
      ThemeRenderer renderer,
      Sources sources,
      SearchWords searchWords) {}

  /** The configuration, the theme and the sources; empty when one could not be read. */
  private Optional<Loaded> load(ProjectLayout layout, Diagnostics diagnostics) throws IOException {
    Optional<SiteConfig> config =
        new ConfigLoader(layout, diagnostics)
            .load()
            .map(loaded -> publishedAt.map(loaded::publishedAt).orElse(loaded));
    if (config.isEmpty()) {
      return Optional.empty();
    }
    Path theme = layout.theme(config.get().theme());
    Optional<MessageCatalog> messages =
        MessageCatalog.load(theme, config.get().language(), layout, diagnostics);
    if (messages.isEmpty()) {
      return Optional.empty();
    }
    ThemeRenderer renderer =
        new ThemeRenderer(layout, config.get().theme(), messages.get(), diagnostics).preload();
    Sources sources =
        new SourceLoader(layout, diagnostics).load(config.get().theme(), config.get().ignored());
    List<Term> terms = new TermsLoader(layout, diagnostics).load();
    new TermChecker(terms, diagnostics).check(sources.pages());
    SearchWords searchWords = SearchWords.of(terms, messages.get().templates());
    return Optional.of(
        new Loaded(config.get(), theme, messages.get(), renderer, sources, searchWords));
  }

  private BuildResult stages(
      ProjectLayout layout,
      BuildOutput.Destination destination,
      Diagnostics diagnostics,
      StageTimes times)
      throws IOException {
    Optional<Loaded> read = load(layout, diagnostics);
    if (read.isEmpty()) {
      return failed(diagnostics);
    }
    Loaded loaded = read.get();
    Sources sources = loaded.sources();
    times.lap(Stage.LOAD);

    List<Page> pages = parser.parse(sources.pages(), diagnostics);
    times.lap(Stage.PARSE);

    Site site = new SiteAssembler(diagnostics).assemble(loaded.config(), sources, pages);
    times.lap(Stage.ASSEMBLE);

    try (BuildOutput output = destination.open(diagnostics)) {
      BuildContext context =
          new BuildContext(
              destination.mode(),
              minify,
              layout,
              loaded.theme(),
              loaded.messages(),
              loaded.searchWords(),
              renderCache,
              diagnostics,
              MinifiedFileProducer.copied(site.files(), minify),
              output);
      Made made = produce(outputs(loaded.renderer()), site, context, times);
      if (diagnostics.hasErrors()) {
        return failed(diagnostics);
      }
      output.commit(made.files(), context.copied());
      if (destination.mode() == Mode.LIVE) {
        // Its search index is made after open pages reloaded: see indexForSearch.
        lastLive = site;
        lastLiveWords = loaded.searchWords();
      }
      times.lap(Stage.WRITE);
      return succeeded(made, context, times);
    }
  }

  /** What a build that wrote its site reports: warnings, what it wrote, how long it took. */
  private static BuildResult succeeded(Made made, BuildContext context, StageTimes times) {
    return new BuildResult(
        context.diagnostics().all(),
        Optional.empty(),
        made.pages().size(),
        context.copied().size() + made.files().size(),
        made.weights(),
        made.searchIndexBytes(),
        times.all());
  }

  /**
   * Runs {@code producers} in order, rendered pages going through those that watch them, and ends
   * each stage of the timings with the last producer of it.
   */
  private static Made produce(
      List<OutputProducer> producers, Site site, BuildContext context, StageTimes times)
      throws IOException {
    BuildContext watched = context.watchedBy(producers, site);
    Made made = Made.NOTHING;
    for (int i = 0; i < producers.size(); i++) {
      OutputProducer producer = producers.get(i);
      made = made.plus(producer.produce(site, made, watched));
      if (i + 1 == producers.size() || producers.get(i + 1).stage() != producer.stage()) {
        times.lap(producer.stage());
      }
    }
    return made;
  }

  private static BuildResult failed(Diagnostics diagnostics) {
    return BuildResult.failed(diagnostics.all(), Optional.empty());
  }
}
