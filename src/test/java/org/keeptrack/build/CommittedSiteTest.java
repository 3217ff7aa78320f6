package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The handbook itself: it builds without a single warning, and the committed {@code site/} is
 * exactly what the build makes from the committed sources.
 */
class CommittedSiteTest {

  private static final String HOW_TO_FIX =
      "site/ is stale: run `mvn generate-site` and commit site/";

  @Test
  void theHandbookBuildsCleanlyIntoTheCommittedSite() throws IOException {
    TestProjects.Handbook handbook = TestProjects.handbook();
    BuildResult result = handbook.result();
    assertEquals(0, result.warnings(), () -> "warnings: " + result.diagnostics());

    Map<String, byte[]> built = TestProjects.readTree(handbook.site());
    Map<String, byte[]> committed = TestProjects.readTree(Path.of("site"));
    assertEquals(built.keySet(), committed.keySet(), HOW_TO_FIX);
    built.forEach(
        (path, bytes) -> assertArrayEquals(bytes, committed.get(path), path + ": " + HOW_TO_FIX));
  }
}
