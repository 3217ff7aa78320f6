package org.keeptrack.build;

import java.util.ArrayList;
import java.util.List;
import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Site;
import org.keeptrack.model.StaticFile;
import org.keeptrack.render.ScriptMinifier;
import org.keeptrack.render.StylesheetMinifier;

/**
 * The theme's scripts (from the theme's cache when unchanged) and stylesheets, minified, in the
 * place of the files they are made of; none in the preview, which copies them as written.
 */
final class MinifiedFileProducer implements OutputProducer {

  @Override
  public Stage stage() {
    return Stage.SCRIPTS;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    if (!context.minify()) {
      return Made.NOTHING;
    }
    List<OutputFile> out =
        new ArrayList<>(context.scriptMinifier().minifyAll(site.files(), context.layout()));
    out.addAll(StylesheetMinifier.minifyAll(site.files()));
    return Made.files(out);
  }

  /** The files of {@code files} copied as they are: all but those this minifies, when it does. */
  static List<StaticFile> copied(List<StaticFile> files, boolean minify) {
    return files.stream().filter(file -> !(minify && isMinified(file))).toList();
  }

  private static boolean isMinified(StaticFile file) {
    return ScriptMinifier.isScript(file) || StylesheetMinifier.isStylesheet(file);
  }
}
