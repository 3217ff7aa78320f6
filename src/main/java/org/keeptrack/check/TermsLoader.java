package org.keeptrack.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/**
 * Reads the list of preferred terms, {@code content/terms.yaml}, which contributors extend:
 *
 * <pre>
 * terms:
 *   - preferred: マミートラック
 *     variants: [マミー・トラック, マミートラッグ]
 * </pre>
 */
public final class TermsLoader {

  private static final Text SUBJECT = Text.name("terms.yaml");

  private final ProjectLayout layout;
  private final Diagnostics diagnostics;

  public TermsLoader(ProjectLayout layout, Diagnostics diagnostics) {
    this.layout = layout;
    this.diagnostics = diagnostics;
  }

  /** The terms; none when the file does not exist. */
  public List<Term> load() {
    Path file = layout.termsFile();
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<Term> found = new ArrayList<>();
    new YamlReader(diagnostics)
        .readFile(file, layout.display(file))
        .flatMap(
            v ->
                MappingReader.of(
                    v, SUBJECT, diagnostics, Text.of("start with `terms:`", "`terms:` から書き始めます")))
        .ifPresent(
            terms -> {
              terms.rejectUnknown(Set.of("terms"));
              for (YamlValue item :
                  terms.list(
                      "terms",
                      Text.of("list them with `- preferred: …`", "`- preferred: …` で並べます"))) {
                MappingReader.of(
                        item,
                        SUBJECT,
                        diagnostics,
                        Text.of(
                            "write `- preferred: …` and `variants: […]`",
                            "`- preferred: …` と `variants: […]` を書きます"))
                    .ifPresent(entry -> read(entry).ifPresent(found::add));
              }
            });
    return found;
  }

  private java.util.Optional<Term> read(MappingReader entry) {
    entry.rejectUnknown(Set.of("preferred", "variants"));
    java.util.Optional<String> preferred =
        entry.requiredText("preferred", Text.of("write the spelling to use", "使う書き方を書きます"));
    List<String> variants = new ArrayList<>();
    for (YamlValue variant :
        entry.list("variants", Text.of("list the spellings to avoid", "避ける書き方を並べます"))) {
      if (variant instanceof YamlValue.Scalar s && s.value() != null && !s.source().isBlank()) {
        variants.add(s.source());
      } else {
        diagnostics.error(
            variant.position(),
            Text.of("a variant must be text", "言い換え前の書き方は文字列で書きます").after(SUBJECT),
            "",
            Text.NONE);
      }
    }
    return preferred.map(p -> new Term(p, variants));
  }
}
