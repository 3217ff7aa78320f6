package org.keeptrack.check;

import java.util.List;

/**
 * A term of the handbook with its preferred spelling, the variants to warn about, and the everyday
 * words readers search for it with (fine in the text; search finds the term by them).
 */
public record Term(String preferred, List<String> variants, List<String> everyday) {
  public Term {
    variants = List.copyOf(variants);
    everyday = List.copyOf(everyday);
  }

  /** What a reader may type for this term: its variants and its everyday words. */
  public List<String> searchedAs() {
    List<String> words = new java.util.ArrayList<>(variants);
    words.addAll(everyday);
    return List.copyOf(words);
  }
}
