package org.keeptrack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keeptrack.check.Term;

/**
 * The words readers type for the handbook's terms (時短 for 短時間勤務, 残業 for 所定外労働): a section that
 * holds a term is indexed under those words too, as often and in the same places, so the search
 * finds the formal wording by the everyday one. Kept in {@code content/terms.yaml}.
 *
 * <p>Also the theme's words that pages show as their own text (the title of a callout written
 * without one), which the parse leaves to the theme: a page is found by what it shows.
 */
public final class SearchWords {

  /** The tokens of a term, and the tokens of each word readers search it by. */
  private record Expansion(List<String> term, List<List<String>> words) {}

  private final List<Expansion> expansions;
  private final Map<String, String> theme;

  private SearchWords(List<Expansion> expansions, Map<String, String> theme) {
    this.expansions = List.copyOf(expansions);
    this.theme = Map.copyOf(theme);
  }

  /** No words beyond those of the pages. */
  public static final SearchWords NONE = new SearchWords(List.of(), Map.of());

  /** The words of each term's variants and everyday words. */
  public static SearchWords of(List<Term> terms) {
    return of(terms, Map.of());
  }

  /**
   * The words of each term's variants and everyday words, and the theme's words ({@code msg} of the
   * templates) that pages show.
   */
  public static SearchWords of(List<Term> terms, Map<String, String> theme) {
    List<Expansion> expansions = new ArrayList<>();
    for (Term term : terms) {
      List<String> tokens = SearchTokenizer.tokens(term.preferred());
      List<List<String>> words =
          term.searchedAs().stream()
              .map(SearchWords::indexTokens)
              .filter(w -> !w.isEmpty())
              .toList();
      if (!tokens.isEmpty() && !words.isEmpty()) {
        expansions.add(new Expansion(tokens, words));
      }
    }
    return new SearchWords(expansions, theme);
  }

  /** The theme's word {@code key}, as a page shows it; nothing for a key the theme lacks. */
  String themeWord(String key) {
    return theme.getOrDefault(key, "");
  }

  /** A word's tokens as the index holds them: pairs, and single characters too. */
  private static List<String> indexTokens(String word) {
    List<String> tokens = new ArrayList<>();
    SearchTokenizer.forEachToken(
        SearchTokenizer.normalisedChars(word), true, SearchTokenizer.WordMaker.NEW, tokens::add);
    return List.copyOf(tokens);
  }

  /**
   * Adds to {@code counts} (token → occurrences) the tokens of the words of every term found in it,
   * as many times as the term's rarest token occurs. A term is found when all its tokens are:
   * checked by token rather than by scanning the text, so that the cost per section stays that of a
   * few lookups per term.
   */
  void widen(Map<String, int[]> counts) {
    for (Expansion expansion : expansions) {
      int times = Integer.MAX_VALUE;
      for (String token : expansion.term()) {
        int[] count = counts.get(token);
        times = Math.min(times, count == null ? 0 : count[0]);
      }
      if (times > 0) {
        for (List<String> word : expansion.words()) {
          for (String token : word) {
            counts.computeIfAbsent(token, t -> new int[1])[0] += times;
          }
        }
      }
    }
  }

  /** {@link #widen(Map)} for a field that counts presence only (a title, a heading). */
  Set<String> widen(Set<String> tokens) {
    Map<String, int[]> counts = new java.util.HashMap<>();
    tokens.forEach(token -> counts.put(token, new int[] {1}));
    widen(counts);
    return counts.keySet();
  }
}
