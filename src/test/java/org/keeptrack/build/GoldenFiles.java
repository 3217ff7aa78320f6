package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Golden files and their rewriting: with {@code -Dgolden.update=true}, a golden file that differs
 * from what the build made is rewritten and the test fails, naming it, so that an update run can
 * never pass by construction and the next run (without the flag) shows whether the output is
 * stable.
 */
final class GoldenFiles {

  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private GoldenFiles() {}

  /** In an update run, rewrites each golden file whose text differs from the new one, and fails. */
  static void rewriteIfChanged(Map<Path, String> texts) throws IOException {
    if (!UPDATE) {
      return;
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<Path, String> file : texts.entrySet()) {
      Path expected = file.getKey();
      if (!Files.exists(expected)
          || !file.getValue().equals(Files.readString(expected, StandardCharsets.UTF_8))) {
        Files.writeString(expected, file.getValue(), StandardCharsets.UTF_8);
        changed.add(expected.toString());
      }
    }
    if (!changed.isEmpty()) {
      rewrote(changed);
    }
  }

  /**
   * In an update run, replaces the golden folder {@code expectedDir} with {@code actualDir} when
   * any file was added, removed or changed ({@code same} decides), and fails, naming them.
   */
  static void rewriteIfChanged(Path expectedDir, Path actualDir, BiPredicate<String, byte[][]> same)
      throws IOException {
    if (!UPDATE) {
      return;
    }
    Map<String, byte[]> expected =
        Files.isDirectory(expectedDir) ? TestProjects.readTree(expectedDir) : Map.of();
    Map<String, byte[]> actual = TestProjects.readTree(actualDir);
    TreeSet<String> changed = new TreeSet<>();
    TreeSet<String> all = new TreeSet<>(expected.keySet());
    all.addAll(actual.keySet());
    for (String path : all) {
      byte[] before = expected.get(path);
      byte[] after = actual.get(path);
      if (before == null || after == null || !same.test(path, new byte[][] {before, after})) {
        changed.add(expectedDir.resolve(path).toString());
      }
    }
    if (!changed.isEmpty()) {
      TestProjects.deleteTree(expectedDir);
      TestProjects.copyTree(actualDir, expectedDir);
      rewrote(List.copyOf(changed));
    }
  }

  private static void rewrote(List<String> files) {
    fail(
        "golden.update rewrote "
            + files
            + ": review the diff of src/test/resources, then run again without -Dgolden.update");
  }
}
