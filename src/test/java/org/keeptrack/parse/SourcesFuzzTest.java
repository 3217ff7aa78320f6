package org.keeptrack.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
    new PageParser(MARKDOWN, new Diagnostics()).parse(source("page.md", input));
  }

  @FuzzTest(maxDuration = "60s")
  void aWorksheetEndsWithAPageOrOurDiagnostics(byte[] input) {
    new WorksheetParser(MARKDOWN, new Diagnostics()).parse(source("worksheets/w.yaml", input));
  }

  @FuzzTest(maxDuration = "60s")
  void yamlEndsWithAValueOrOurDiagnostics(byte[] input) {
    new YamlReader(new Diagnostics())
        .read("handbook.yaml", new String(input, java.nio.charset.StandardCharsets.UTF_8), 1);
  }
}
