package org.keeptrack.build;

import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.Site;
import org.keeptrack.render.ThemeRenderer;

/**
 * Every page through the theme's templates, with its parts loaded on request, and the printable
 * pages; in a live build, only those whose template data changed since the last one.
 */
final class PageProducer implements OutputProducer {

  private final ThemeRenderer renderer;

  /**
   * @param renderer made before the sources are read, so that its templates load meanwhile
   */
  PageProducer(ThemeRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public Stage stage() {
    return Stage.RENDER;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    return Made.pages(
        renderer.render(
            site,
            context.pageSink(),
            context.mode().rendersChangesOnly() ? context.renderCache() : null));
  }
}
