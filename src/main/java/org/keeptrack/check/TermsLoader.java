package org.keeptrack.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
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
        .flatMap(v -> MappingReader.of(v, "terms.yaml", diagnostics, "start with `terms:`"))
        .ifPresent(
            terms -> {
              terms.rejectUnknown(Set.of("terms"));
              for (YamlValue item : terms.list("terms", "list them with `- preferred: …`")) {
                MappingReader.of(item, "terms.yaml", diagnostics, "write `- preferred: …` and `variants: […]`")
                    .ifPresent(entry -> read(entry).ifPresent(found::add));
              }
            });
    return found;
  }

  private java.util.Optional<Term> read(MappingReader entry) {
    entry.rejectUnknown(Set.of("preferred", "variants"));
    java.util.Optional<String> preferred = entry.requiredText("preferred", "write the spelling to use");
    List<String> variants = new ArrayList<>();
    for (YamlValue variant : entry.list("variants", "list the spellings to avoid")) {
      if (variant instanceof YamlValue.Scalar s && s.value() != null && !s.source().isBlank()) {
        variants.add(s.source());
      } else {
        diagnostics.error(variant.position(), "terms.yaml: a variant must be text", "", "");
      }
    }
    return preferred.map(p -> new Term(p, variants));
  }
}
