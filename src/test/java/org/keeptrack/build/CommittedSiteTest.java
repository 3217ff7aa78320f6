package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;

/**
 * The handbook itself: it builds without a single warning, and the committed {@code site/} is
 * exactly what the build makes from the committed sources.
 */
class CommittedSiteTest {

  private static final String HOW_TO_FIX =
      "site/ is stale: run `mvn generate-site` and commit site/";

  @TempDir Path temp;

  @Test
  void theHandbookBuildsCleanlyIntoTheCommittedSite() throws IOException {
    Path project = Path.of("").toAbsolutePath();
    ProjectLayout fresh =
        new ProjectLayout(
            project, project.resolve("content"), project.resolve("themes"), temp.resolve("site"));
    BuildResult result = TestProjects.buildOrFail(fresh);
    assertEquals(0, result.warnings(), () -> "warnings: " + result.diagnostics());

    Map<String, byte[]> built = TestProjects.readTree(fresh.output());
    Map<String, byte[]> committed = TestProjects.readTree(project.resolve("site"));
    assertEquals(built.keySet(), committed.keySet(), HOW_TO_FIX);
    built.forEach(
        (path, bytes) -> assertArrayEquals(bytes, committed.get(path), path + ": " + HOW_TO_FIX));
  }
}
