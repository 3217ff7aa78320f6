package org.keeptrack.diagnostic;

import java.util.Collection;
import java.util.Optional;

/** Finds the known word a misspelt one was probably meant to be, for "did you mean" hints. */
public final class Suggestions {

  private Suggestions() {}

  /** The closest candidate within a small edit distance of {@code word}, if there is one. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int allowed = word.length() <= 4 ? 1 : word.length() <= 12 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word, candidate);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "did you mean `x`?" for the closest candidate, or the fallback when none is close. */
  public static Text didYouMean(String word, Collection<String> candidates, Text fallback) {
    return closest(word, candidates).map(Suggestions::didYouMean).orElse(fallback);
  }

  public static Text didYouMean(String candidate) {
    return Message.REPORT_DID_YOU_MEAN.formatted(candidate);
  }

  /** Edit distance where swapping two neighbouring letters counts as one edit, like a typo. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
