package org.keeptrack.build;

import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.Site;
import org.keeptrack.render.CrawlerFiles;

/** {@code sitemap.xml} and {@code robots.txt}, for a site with a base URL. */
final class CrawlerFileProducer implements OutputProducer {

  @Override
  public Stage stage() {
    return Stage.SCRIPTS;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    return Made.files(CrawlerFiles.of(site));
  }
}
