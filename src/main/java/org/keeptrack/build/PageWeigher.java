package org.keeptrack.build;

import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.Site;
import org.keeptrack.render.PageWeights;

/**
 * Each page's weight, with the stylesheets and scripts it loads: of a build that succeeded and made
 * the whole site ({@link Mode#makesWholeSite}).
 */
final class PageWeigher implements OutputProducer {

  @Override
  public Stage stage() {
    return Stage.VERIFY;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    if (!context.mode().makesWholeSite() || context.diagnostics().hasErrors()) {
      return Made.NOTHING;
    }
    return Made.weights(PageWeights.of(before.pages(), before.files(), context.copied()));
  }
}
