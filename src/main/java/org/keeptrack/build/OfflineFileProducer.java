package org.keeptrack.build;

import java.io.IOException;
import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.render.OfflineFiles;

/**
 * {@code manifest.webmanifest} and the service worker {@code sw.js}, which lists the site's files
 * and whose version is made of all of them; not in the preview ({@link Mode#makesWholeSite}).
 */
final class OfflineFileProducer implements OutputProducer {

  private final OfflineFiles offline = new OfflineFiles();

  @Override
  public Stage stage() {
    return Stage.SCRIPTS;
  }

  /** Notes each page as it goes by: pages are not kept, and the worker's version covers them. */
  @Override
  public SiteOutput watching(SiteOutput next, Site site, BuildContext context) {
    return context.mode().makesWholeSite() ? offline.noting(next) : next;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) throws IOException {
    if (!context.mode().makesWholeSite()) {
      return Made.NOTHING;
    }
    return Made.files(
        offline.files(
            site,
            context.theme(),
            before.files(),
            context.copied(),
            context.layout(),
            context.diagnostics()));
  }
}
