package org.keeptrack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.StaticFile;

class LiveOutputTest {

  @TempDir Path dir;

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesOnlyWhatChangedAndRemovesWhatABuildNoLongerMakes() throws IOException {
    Path root = dir.resolve("preview");
    Files.createDirectories(root);
    Files.writeString(root.resolve("stale.html"), "from an earlier run");
    Path css = Files.writeString(dir.resolve("site.css"), "body {}");
    List<StaticFile> copies = List.of(new StaticFile("assets/site.css", css));
    LiveOutput live = new LiveOutput(root);

    live.accept(file("a.html", "A"));
    live.accept(file("b.html", "B"));
    live.commit(copies);
    assertEquals(List.of("a.html", "assets/site.css", "b.html", "stale.html"), live.lastChanges());
    assertFalse(Files.exists(root.resolve("stale.html")));

    live.accept(file("a.html", "A"));
    live.unchanged("b.html");
    live.commit(copies);
    assertEquals(List.of(), live.lastChanges(), "the same files again change nothing");

    live.accept(file("a.html", "A, edited"));
    live.commit(copies);
    assertEquals(List.of("a.html", "b.html"), live.lastChanges(), "b.html was not made: removed");
    assertEquals("A, edited", Files.readString(root.resolve("a.html")));
    assertFalse(Files.exists(root.resolve("b.html")));
  }

  @Test
  void aDiscardedBuildLeavesTheFolderAsTheLastGoodOne() throws IOException {
    Path root = dir.resolve("preview");
    LiveOutput live = new LiveOutput(root);
    live.accept(file("a.html", "good"));
    live.commit(List.of());

    live.accept(file("a.html", "half of a failed build"));
    live.discard();
    assertEquals("good", Files.readString(root.resolve("a.html")));

    live.unchanged("a.html");
    live.commit(List.of());
    assertEquals(List.of(), live.lastChanges());
  }

  @Test
  void theSearchIndexIsWrittenAfterThePagesAndKeptUntilReplaced() throws IOException {
    Path root = dir.resolve("preview");
    LiveOutput live = new LiveOutput(root);
    live.accept(file("a.html", "A"));
    live.commit(List.of());
    live.accept(file("assets/search/t0.js", "old"));
    live.accept(file("assets/search/t1.js", "gone next time"));
    live.commitIndex();

    live.accept(file("a.html", "A"));
    live.commit(List.of());
    assertEquals(List.of(), live.lastChanges(), "the pages' build leaves the index alone");
    live.accept(file("assets/search/t0.js", "new"));
    live.commitIndex();
    assertEquals("new", Files.readString(root.resolve("assets/search/t0.js")));
    assertFalse(Files.exists(root.resolve("assets/search/t1.js")));
  }

  @Test
  void aStaticFileDeletedSinceItWasListedIsNotCopiedAndItsCopyGoes() throws IOException {
    Path root = dir.resolve("preview");
    Path image = Files.writeString(dir.resolve("figure.png"), "png");
    List<StaticFile> copies = List.of(new StaticFile("img/figure.png", image));
    LiveOutput live = new LiveOutput(root);
    live.accept(file("a.html", "A"));
    live.commit(copies);

    Files.delete(image); // after the build listed it, before it was copied
    live.accept(file("a.html", "A"));
    live.commit(copies);
    assertEquals(List.of("img/figure.png"), live.lastChanges());
    assertFalse(Files.exists(root.resolve("img/figure.png")));
  }

  @Test
  void aCommitThatFailsHalfWayIsPutRightByTheNextOne() throws IOException {
    Path root = dir.resolve("preview");
    Path image = Files.writeString(dir.resolve("figure.png"), "png");
    LiveOutput live = new LiveOutput(root);
    live.accept(file("a.html", "A"));
    live.commit(List.of());

    // A file where the build needs a folder: the commit fails after it wrote the pages.
    Files.writeString(root.resolve("blocked"), "in the way");
    live.accept(file("a.html", "A"));
    live.accept(file("new.html", "a page that is deleted before the next good build"));
    assertThrows(
        IOException.class, () -> live.commit(List.of(new StaticFile("blocked/f.png", image))));
    Files.delete(root.resolve("blocked"));

    live.accept(file("a.html", "A, then a mistake"));
    live.discard(); // a build that failed
    live.accept(file("a.html", "A")); // every page, as the render cache was emptied
    live.commit(List.of());
    assertEquals(List.of("a.html"), files(root), "nothing of the failed commit stays");
    assertEquals("A", Files.readString(root.resolve("a.html")));
  }

  /** The site's files in {@code root}, without the marker of the preview's folder. */
  private static List<String> files(Path root) throws IOException {
    try (java.util.stream.Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString())
          .filter(f -> !f.equals(SiteWriter.MARKER))
          .sorted()
          .toList();
    }
  }
}
