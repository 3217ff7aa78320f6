package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The build extension that gives Maven its {@code generate-site} phase is committed as a jar; it
 * must hold exactly the reviewed XML in {@code src/build/lifecycle/}, and nothing else.
 */
class LifecycleJarTest {

  private static final Path JAR =
      Path.of(".mvn/repository/org/keeptrack/handbook-lifecycle/1.2/handbook-lifecycle-1.2.jar");
  private static final Path SOURCE = Path.of("src/build/lifecycle");

  @Test
  void theCommittedJarHoldsExactlyTheLifecycleSource() throws IOException {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      List<String> files = new ArrayList<>();
      for (ZipEntry entry : jar.stream().filter(e -> !e.isDirectory()).toList()) {
        files.add(entry.getName());
        byte[] packed = jar.getInputStream(entry).readAllBytes();
        assertArrayEquals(
            Files.readAllBytes(SOURCE.resolve(entry.getName())),
            packed,
            entry.getName() + " differs from its source: run src/build/make-lifecycle-jar.sh");
      }
      assertEquals(List.of("META-INF/plexus/components.xml"), files);
    }
  }
}
