package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;

/**
 * Whatever a pull request puts into the content, a whole build ends, with a site or with the
 * project's own diagnostics and no site, and writes nothing outside its output folder.
 *
 * <p>An input is one file written into a copy of the worksheets fixture (with the project's own
 * theme): its first byte picks the file (the first page, the site's configuration, the worksheet,
 * or a new file named by the input's first line), the rest is the file's bytes. A normal build
 * replays the inputs saved under {@code
 * src/test/resources/org/keeptrack/build/BuildFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=BuildFuzzTest} fuzzes (see CONTRIBUTING.md).
 */
@Tag("fuzz")
class BuildFuzzTest {

  private static final String[] FILES = {
    "content/index.md", "content/handbook.yaml", "content/worksheets/all-fields.yaml"
  };

  @FuzzTest(maxDuration = "120s")
  void aBuildEndsWithASiteOrOurDiagnosticsAndWritesOnlyItsOutput(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    Path project = Files.createTempDirectory("keeptrack-fuzz");
    try {
      TestProjects.copyOfWorksheetsWithTheme(project);
      byte[] body = Arrays.copyOfRange(input, 1, input.length);
      Path file;
      int choice = Byte.toUnsignedInt(input[0]) % (FILES.length + 1);
      if (choice < FILES.length) {
        file = project.resolve(FILES[choice]);
      } else {
        int newline = indexOf(body, (byte) '\n');
        String name = new String(body, 0, newline, java.nio.charset.StandardCharsets.UTF_8);
        body = Arrays.copyOfRange(body, Math.min(body.length, newline + 1), body.length);
        Path content = project.resolve("content");
        try {
          file = content.resolve(name).normalize();
        } catch (InvalidPathException notAName) {
          return;
        }
        // Names that leave the content folder are not a pull request's, nor are names the file
        // system cannot hold (below); a folder of that name already there is not replaced.
        if (!file.startsWith(content) || file.equals(content) || Files.isDirectory(file)) {
          return;
        }
      }
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, body);
      } catch (IOException notAFile) {
        return;
      }
      BuildResult result =
          TestProjects.buildWritingOnlyItsOutput(project, Duration.ofSeconds(60), "a fuzzed file");
      assertEquals(
          result.succeeded(),
          Files.isDirectory(project.resolve("site")),
          "a site only when the build succeeds");
    } finally {
      TestProjects.deleteTree(project);
    }
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return bytes.length;
  }
}
