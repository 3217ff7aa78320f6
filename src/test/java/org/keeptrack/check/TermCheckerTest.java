package org.keeptrack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.model.SourceFile;

class TermCheckerTest {

  @TempDir Path project;
  private final Diagnostics diagnostics = new Diagnostics();

  private List<String> problems() {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  private List<Term> load(String yaml) throws IOException {
    Files.createDirectories(project.resolve("content"));
    Files.writeString(project.resolve("content/terms.yaml"), yaml, StandardCharsets.UTF_8);
    return new TermsLoader(ProjectLayout.standard(project, Path.of("site")), diagnostics).load();
  }

  @Test
  void warnsAtEachVariantSpelling() throws IOException {
    List<Term> terms =
        load(
            "terms:\n  - preferred: マミートラック\n    variants: [マミー・トラック]\n"
                + "  - preferred: 育休\n    variants: [育児休暇]\n");
    new TermChecker(terms, diagnostics)
        .check(
            List.of(
                new SourceFile(
                    "a.md", "content/a.md", "---\ntitle: マミー・トラック\n---\n育児休暇のあとの、マミー・トラック\n")));
    assertEquals(
        List.of(
            "content/a.md:2:8: warning: write 「マミートラック」 rather than 「マミー・トラック」 [got"
                + " \"マミー・トラック\"] (hint: the handbook's preferred terms are listed in"
                + " content/terms.yaml)",
            "content/a.md:4:1: warning: write 「育休」 rather than 「育児休暇」 [got \"育児休暇\"] (hint:"
                + " the handbook's preferred terms are listed in content/terms.yaml)",
            "content/a.md:4:10: warning: write 「マミートラック」 rather than 「マミー・トラック」 [got"
                + " \"マミー・トラック\"] (hint: the handbook's preferred terms are listed in"
                + " content/terms.yaml)"),
        problems());
  }

  @Test
  void reportsAMalformedTermsFile() throws IOException {
    load("terms:\n  - prefered: x\n");
    assertEquals(
        List.of(
            "content/terms.yaml:2:5: error: terms.yaml: `preferred` is required (hint: write the"
                + " spelling to use)",
            "content/terms.yaml:2:5: error: terms.yaml: unknown key `prefered` (hint: did you mean"
                + " `preferred`?)"),
        problems());
  }

  @Test
  void needsNoTermsFile() {
    assertEquals(
        List.of(),
        new TermsLoader(ProjectLayout.standard(project, Path.of("site")), diagnostics).load());
  }
}
