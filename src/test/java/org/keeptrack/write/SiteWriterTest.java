package org.keeptrack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.OutputFile;

class SiteWriterTest {

  @TempDir Path project;

  private ProjectLayout layout(String out) throws IOException {
    Files.createDirectories(project.resolve("content"));
    Files.createDirectories(project.resolve("themes"));
    return ProjectLayout.standard(project, Path.of(out));
  }

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void replacesThePreviousSiteSoRemovedPagesDisappear() throws IOException {
    SiteWriter writer = new SiteWriter(layout("site"));
    writer.write(List.of(file("old.html", "old"), file("a/b.html", "b")), List.of());
    writer.write(List.of(file("new.html", "new")), List.of());
    Path site = project.resolve("site");
    assertTrue(Files.exists(site.resolve("new.html")));
    assertFalse(Files.exists(site.resolve("old.html")));
    assertFalse(Files.exists(site.resolve("a")));
    assertTrue(Files.exists(site.resolve(SiteWriter.MARKER)));
    try (var left = Files.list(project)) {
      assertEquals(
          List.of("content", "site", "themes"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging folder is left behind");
    }
  }

  @Test
  void leavesThePreviousSiteIntactWhenWritingFails() throws IOException {
    SiteWriter writer = new SiteWriter(layout("site"));
    writer.write(List.of(file("index.html", "good")), List.of());
    try {
      writer.write(List.of(file("ok.html", "x"), file("../escape.html", "x")), List.of());
    } catch (IOException expected) {
      // the second file is refused
    }
    assertEquals("good", Files.readString(project.resolve("site/index.html")));
    assertFalse(Files.exists(project.resolve("site/ok.html")));
    assertFalse(Files.exists(project.resolve("escape.html")));
  }

  @Test
  void refusesOutputFoldersThatHoldTheSources() throws IOException {
    assertTrue(new SiteWriter(layout(".")).refusal().orElseThrow().en().contains("would replace"));
    assertTrue(
        new SiteWriter(layout("content")).refusal().orElseThrow().en().contains("would replace"));
    assertTrue(new SiteWriter(layout("themes")).refusal().isPresent());
    assertTrue(
        new SiteWriter(layout("content/site"))
            .refusal()
            .orElseThrow()
            .en()
            .contains("inside the sources"));
    assertTrue(new SiteWriter(layout("..")).refusal().isPresent());
  }

  @Test
  void refusesANonEmptyFolderItDidNotWrite() throws IOException {
    ProjectLayout layout = layout("docs");
    Files.createDirectories(project.resolve("docs"));
    Files.writeString(project.resolve("docs/notes.txt"), "mine");
    assertEquals(
        Optional.of(
            "`docs` holds files this generator did not write (no .keeptrack-site in it); empty it"
                + " or choose another output folder"),
        new SiteWriter(layout).refusal().map(Text::en));
  }

  @Test
  void acceptsAnEmptyOrItsOwnFolder() throws IOException {
    ProjectLayout layout = layout("site");
    Files.createDirectories(project.resolve("site"));
    SiteWriter writer = new SiteWriter(layout);
    assertEquals(Optional.empty(), writer.refusal());
    writer.write(List.of(file("index.html", "x")), List.of());
    assertEquals(Optional.empty(), writer.refusal());
  }

  @Test
  void refusesAFolderOfItsWorkingNameThatItDidNotMakeAndLeavesIt() throws IOException {
    ProjectLayout layout = layout("site");
    Path staging = Files.createDirectories(project.resolve(".site.staging"));
    Files.writeString(staging.resolve("notes.txt"), "someone's work");

    Optional<Text> refusal = new SiteWriter(layout).refusal();

    assertTrue(refusal.isPresent());
    assertTrue(refusal.get().en().startsWith("`.site.staging` is in the way"), refusal.get().en());
    assertEquals("someone's work", Files.readString(staging.resolve("notes.txt")));
  }

  @Test
  void putsBackTheSiteWhenABuildWasStoppedBetweenItsTwoMoves() throws IOException {
    SiteWriter writer = new SiteWriter(layout("site"));
    writer.write(List.of(file("index.html", "good")), List.of());
    // Killed after moving the old site aside and before moving the new one in:
    Files.move(project.resolve("site"), project.resolve(".site.previous"));

    new SiteWriter(layout("site")).recoverInterruptedSwap();

    assertEquals("good", Files.readString(project.resolve("site/index.html")));
    assertFalse(Files.exists(project.resolve(".site.previous")));
  }
}
