package org.keeptrack.build;

import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.Site;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.verify.OutputCheck;

/**
 * The build's check of what it made: every address written, no id given twice. Only once the
 * sources are known to be right, and not in the preview ({@link Mode#makesWholeSite}).
 */
final class OutputVerifier implements OutputProducer {

  /** The check of this build, if it checks; it reads the pages as they are rendered. */
  private OutputCheck check;

  @Override
  public Stage stage() {
    return Stage.VERIFY;
  }

  @Override
  public SiteOutput watching(SiteOutput next, Site site, BuildContext context) {
    if (!context.mode().makesWholeSite() || context.diagnostics().hasErrors()) {
      return next;
    }
    check = new OutputCheck(site.pages(), context.layout());
    return check.noting(next);
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    if (check != null && !context.diagnostics().hasErrors()) {
      check.check(before.files(), context.copied(), context.diagnostics());
    }
    return Made.NOTHING;
  }
}
