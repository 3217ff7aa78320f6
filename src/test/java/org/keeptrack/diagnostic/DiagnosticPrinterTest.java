package org.keeptrack.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticPrinterTest {

  private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

  @TempDir Path temp;
  private Path project;

  @BeforeEach
  void makeProject() throws IOException {
    project = Files.createDirectories(temp.resolve("project/content"));
    project = project.getParent();
    Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(temp.resolve("elsewhere/passwd"), SECRET + "\n");
  }

  private String printed(String path) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DiagnosticPrinter(project, Language.EN)
        .print(
            new Diagnostic(
                Severity.ERROR, SourcePosition.startOf(path), new Text("refused", "拒否"), "", null),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quotesTheLineOfAFileOfTheProject() throws IOException {
    Files.writeString(project.resolve("content/terms.yaml"), "terms:\n");
    assertEquals(
        "content/terms.yaml:1:1: error: refused\n    terms:\n    ^\n",
        printed("content/terms.yaml"));
  }

  @Test
  void quotesNothingOfAFileReachedThroughALink() throws IOException {
    Files.createSymbolicLink(
        project.resolve("content/terms.yaml"), temp.resolve("elsewhere/passwd"));
    Files.createSymbolicLink(project.resolve("content/linked"), temp.resolve("elsewhere"));

    assertEquals("content/terms.yaml:1:1: error: refused\n", printed("content/terms.yaml"));
    assertEquals("content/linked/passwd:1:1: error: refused\n", printed("content/linked/passwd"));
  }

  @Test
  void quotesNothingOutsideTheProject() {
    assertEquals("../elsewhere/passwd:1:1: error: refused\n", printed("../elsewhere/passwd"));
    String absolute = temp.resolve("elsewhere/passwd").toString();
    assertEquals(absolute + ":1:1: error: refused\n", printed(absolute));
  }

  @Test
  void quotesNothingOfAFileLargerThanAnySourceTheBuildReads() throws IOException {
    Path page = project.resolve("content/big.md");
    Files.writeString(
        page,
        SECRET + "\n" + "x".repeat(DiagnosticPrinter.MAX_QUOTED_BYTES),
        StandardCharsets.UTF_8);

    assertEquals("content/big.md:1:1: error: refused\n", printed("content/big.md"));
  }

  @Test
  void quotesACommandLineValueShortAndWithoutWhatATerminalWouldObey() {
    assertEquals(
        "a\\u001B[31mb\\u202Ec\\u2028", DiagnosticPrinter.shown("a\u001b[31mb\u202ec\u2028"));
    assertEquals(
        "x".repeat(DiagnosticPrinter.SHOWN_CHARACTERS) + "…",
        DiagnosticPrinter.shown("x".repeat(1000)));
    assertEquals("手引き 🙂", DiagnosticPrinter.shown("手引き 🙂"));
  }
}
