package org.keeptrack.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
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
 *   - preferred: 短時間勤務
 *     everyday: [時短, 時短勤務]     # not warned; search finds the term by them
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
        .flatMap(v -> MappingReader.of(v, SUBJECT, diagnostics, Message.TERMS_START_TERMS.text()))
        .ifPresent(
            terms -> {
              terms.rejectUnknown(Set.of("terms"));
              for (YamlValue item : terms.list("terms", Message.TERMS_LIST_THEM_PREFERRED.text())) {
                MappingReader.of(
                        item, SUBJECT, diagnostics, Message.TERMS_WRITE_PREFERRED_VARIANTS.text())
                    .ifPresent(entry -> read(entry).ifPresent(found::add));
              }
            });
    return found;
  }

  private java.util.Optional<Term> read(MappingReader entry) {
    entry.rejectUnknown(Set.of("preferred", "variants", "everyday"));
    java.util.Optional<String> preferred =
        entry.requiredText("preferred", Message.TERMS_WRITE_SPELLING_USE.text());
    List<String> variants = words(entry, "variants", Message.TERMS_LIST_SPELLINGS_AVOID.text());
    List<String> everyday = words(entry, "everyday", Message.TERMS_LIST_EVERYDAY_WORDS.text());
    return preferred.map(p -> new Term(p, variants, everyday));
  }

  private List<String> words(MappingReader entry, String key, Text hint) {
    List<String> words = new ArrayList<>();
    for (YamlValue word : entry.list(key, hint)) {
      if (word instanceof YamlValue.Scalar s && s.value() != null && !s.source().isBlank()) {
        words.add(s.source());
      } else {
        diagnostics.error(
            word.position(), Message.TERMS_VARIANT_MUST_TEXT.text().after(SUBJECT), "", Text.NONE);
      }
    }
    return words;
  }
}
