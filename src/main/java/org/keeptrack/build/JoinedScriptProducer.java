package org.keeptrack.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Site;
import org.keeptrack.render.ScriptMinifier;
import org.keeptrack.render.ThemeScripts;

/**
 * The theme's scripts written in parts, joined with their words in the site's language; minified
 * too, except in the preview.
 */
final class JoinedScriptProducer implements OutputProducer {

  @Override
  public Stage stage() {
    return Stage.SCRIPTS;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    ScriptMinifier minifier = context.minify() ? context.scriptMinifier() : null;
    List<OutputFile> out = new ArrayList<>();
    for (ThemeScripts.Joined script :
        ThemeScripts.read(context.theme(), context.layout(), context.diagnostics())) {
      ThemeScripts.checkWords(script, context.messages(), context.diagnostics());
      Optional<String> code =
          minifier == null ? Optional.of(script.code()) : minifier.minifyJoined(script);
      code.map(c -> ThemeScripts.withMessages(c, context.messages().script(script.name())))
          .ifPresent(
              c ->
                  out.add(new OutputFile(script.outputPath(), c.getBytes(StandardCharsets.UTF_8))));
    }
    return Made.files(out);
  }
}
