package org.keeptrack.check;

import java.util.List;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.model.SourceFile;

/**
 * Warns wherever a page or worksheet spells a term in a variant form, so that the handbook says
 * マミートラック, 病児保育, ファミサポ, 上司面談 … the same way everywhere.
 */
public final class TermChecker {

  private final List<Term> terms;
  private final Diagnostics diagnostics;

  public TermChecker(List<Term> terms, Diagnostics diagnostics) {
    this.terms = terms;
    this.diagnostics = diagnostics;
  }

  public void check(List<SourceFile> sources) {
    if (terms.isEmpty()) {
      return;
    }
    for (SourceFile source : sources) {
      String[] lines = source.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Term term : terms) {
          for (String variant : term.variants()) {
            for (int at = lines[i].indexOf(variant);
                at >= 0;
                at = lines[i].indexOf(variant, at + 1)) {
              diagnostics.warning(
                  new SourcePosition(source.displayPath(), i + 1, at + 1),
                  Message.TERMS_WRITE_RATHER_THAN.text().formatted(term.preferred(), variant),
                  variant,
                  Message.TERMS_PREFERRED_TERMS_LISTED.text());
            }
          }
        }
      }
    }
  }
}
