package org.keeptrack.check;

import java.util.List;

/** A term of the handbook with its preferred spelling and the variants to warn about. */
public record Term(String preferred, List<String> variants) {
  public Term {
    variants = List.copyOf(variants);
  }
}
