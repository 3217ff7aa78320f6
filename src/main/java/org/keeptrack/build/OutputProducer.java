package org.keeptrack.build;

import java.io.IOException;
import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;

/**
 * One output of the build, or a check of them: given the assembled site, what the producers before
 * it made, and the build's context, it makes its files (as mdBook's {@code Renderer}, or a line of
 * Zola's {@code render_*} calls).
 *
 * <p>Producers run in the order {@link BuildPipeline} declares; a new output file is a class
 * implementing this and a line in that list.
 */
interface OutputProducer {

  /** The stage of {@code --timings} whose time this producer's counts in. */
  Stage stage();

  /**
   * The way to {@code next} for rendered pages, for a producer that must read every page: pages are
   * handed on as they are made and never kept, so it sees them on their way. Called once per build,
   * before anything is rendered; {@code next} itself for a producer that reads no page.
   */
  default SiteOutput watching(SiteOutput next, Site site, BuildContext context) {
    return next;
  }

  /**
   * What this producer makes: files, rendered pages, or nothing but the problems it reports into
   * the context's diagnostics.
   */
  Made produce(Site site, Made before, BuildContext context) throws IOException;
}
