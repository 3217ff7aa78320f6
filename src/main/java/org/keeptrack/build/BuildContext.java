package org.keeptrack.build;

import java.nio.file.Path;
import java.util.List;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.StaticFile;
import org.keeptrack.render.MessageCatalog;
import org.keeptrack.render.MinifiedScripts;
import org.keeptrack.render.RenderCache;
import org.keeptrack.render.ScriptMinifier;
import org.keeptrack.search.SearchWords;

/**
 * What every producer of one build is given besides the site.
 *
 * @param minify whether scripts and stylesheets are minified (not in the preview, which would wait
 *     seconds for the minifier on every save, and whose scripts are easier to read as written)
 * @param theme the theme's folder
 * @param messages the theme's words in the site's language
 * @param searchWords the terms' everyday words, which find the term in a search
 * @param renderCache the pages of the last live build, for a live build
 * @param diagnostics where every problem goes
 * @param copied the files of content/ and the theme copied as they are: all but those minified
 * @param pageSink where rendered pages go as they are made: the output, through every producer that
 *     reads them on the way ({@link OutputProducer#watching})
 */
record BuildContext(
    Mode mode,
    boolean minify,
    ProjectLayout layout,
    Path theme,
    MessageCatalog messages,
    SearchWords searchWords,
    RenderCache renderCache,
    Diagnostics diagnostics,
    List<StaticFile> copied,
    SiteOutput pageSink) {

  BuildContext {
    copied = List.copyOf(copied);
  }

  /** A script minifier, whose cache in the theme only a build that writes may change. */
  ScriptMinifier scriptMinifier() {
    return new ScriptMinifier(
        diagnostics, new MinifiedScripts(theme.resolve(MinifiedScripts.FOLDER), mode.writes()));
  }

  /** This context with rendered pages going through {@code producers} that watch them, in order. */
  BuildContext watchedBy(List<OutputProducer> producers, Site site) {
    SiteOutput way = pageSink;
    for (int i = producers.size() - 1; i >= 0; i--) {
      way = producers.get(i).watching(way, site, this);
    }
    return new BuildContext(
        mode, minify, layout, theme, messages, searchWords, renderCache, diagnostics, copied, way);
  }
}
