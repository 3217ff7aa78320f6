package org.keeptrack.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.SourceFile;
import org.keeptrack.yaml.YamlReader;

/**
 * Whatever a contributor writes, reading it ends with a page or with the project's own diagnostics:
 * any exception or error that escapes is a finding.
 *
 * <p>A normal build replays the inputs saved under {@code src/test/resources/org/keeptrack/parse/
 * SourcesFuzzTestInputs/} (each a past finding or a hostile seed). To fuzz, run {@code
 * JAZZER_FUZZ=1 mvn test -Dtest=SourcesFuzzTest}; Jazzer then stops at the first finding and saves
 * the input beside the others, to be kept as a regression case once fixed.
 */
@Tag("fuzz")
class SourcesFuzzTest {

  private static final MarkdownConverter MARKDOWN = new MarkdownConverter();

  private static SourceFile source(String path, byte[] bytes) {
    return new SourceFile(
        path, "content/" + path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "60s")
  void aPageEndsWithAPageOrOurDiagnostics(byte[] input) {
    Diagnostics diagnostics = new Diagnostics();
    endsWithAValueOrAnError(
        new PageParser(MARKDOWN, diagnostics).parse(source("page.md", input)), diagnostics);
  }

  @FuzzTest(maxDuration = "60s")
  void aWorksheetEndsWithAPageOrOurDiagnostics(byte[] input) {
    Diagnostics diagnostics = new Diagnostics();
    endsWithAValueOrAnError(
        new WorksheetParser(MARKDOWN, diagnostics).parse(source("worksheets/w.yaml", input)),
        diagnostics);
  }

  @FuzzTest(maxDuration = "60s")
  void yamlEndsWithAValueOrOurDiagnostics(byte[] input) {
    Diagnostics diagnostics = new Diagnostics();
    endsWithAValueOrAnError(
        new YamlReader(diagnostics)
            .read("handbook.yaml", new String(input, java.nio.charset.StandardCharsets.UTF_8), 1),
        diagnostics);
  }

  /** Nothing read and nothing said would be a build that loses a file without a word. */
  private static void endsWithAValueOrAnError(Optional<?> result, Diagnostics diagnostics) {
    if (result.isEmpty() && !diagnostics.hasErrors()) {
      throw new AssertionError("nothing was read, and no error says why: " + diagnostics.all());
    }
  }
}
