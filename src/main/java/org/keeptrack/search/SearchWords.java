package org.keeptrack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * A term and the words readers search it by, each already known to have tokens; a term is found
   * by its query tokens, and its words are added as an index holds them (pairs and single
   * characters).
   */
  private record Expansion(String term, List<String> words) {}

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
      List<String> words =
          term.searchedAs().stream()
              .filter(word -> !SearchTokenizer.tokens(word, true).isEmpty())
              .toList();
      if (!SearchTokenizer.tokens(term.preferred()).isEmpty() && !words.isEmpty()) {
        expansions.add(new Expansion(term.preferred(), words));
      }
    }
    return new SearchWords(expansions, theme);
  }

  /** The theme's word {@code key}, as a page shows it; nothing for a key the theme lacks. */
  String themeWord(String key) {
    return theme.getOrDefault(key, "");
  }

  /** The terms and their words with their tokens numbered in {@code ids}, for one index. */
  Numbered numbered(TokenIds ids) {
    List<int[]> terms = new ArrayList<>();
    List<int[]> words = new ArrayList<>();
    for (Expansion expansion : expansions) {
      terms.add(queryTokens(expansion.term(), ids));
      IntIntMap tokens = new IntIntMap(16);
      for (String word : expansion.words()) {
        SearchTokenizer.forEachToken(
            SearchTokenizer.normalisedChars(word), true, ids, token -> tokens.add(token, 1));
      }
      // A token two words share is added twice, as it was counted twice.
      int[] all = new int[tokens.size() * 2];
      int[] at = {0};
      tokens.forEach(
          (token, times) -> {
            all[at[0]++] = token;
            all[at[0]++] = times;
          });
      words.add(all);
    }
    return new Numbered(terms, words);
  }

  /** The tokens a query for {@code text} looks up, numbered. */
  private static int[] queryTokens(String text, TokenIds ids) {
    List<Integer> out = new ArrayList<>();
    SearchTokenizer.forEachToken(SearchTokenizer.normalisedChars(text), false, ids, out::add);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The terms of one index, numbered: for each term, its query tokens, and its words' tokens as
   * (token, times) pairs.
   */
  static final class Numbered {
    private final List<int[]> terms;
    private final List<int[]> words;

    private Numbered(List<int[]> terms, List<int[]> words) {
      this.terms = terms;
      this.words = words;
    }

    /**
     * Adds to {@code counts} (token → occurrences) the tokens of the words of every term found in
     * it, as many times as the term's rarest token occurs. A term is found when all its tokens are:
     * checked by token rather than by scanning the text, so that the cost per section stays that of
     * a few lookups per term. For a field that counts presence only (a title, a heading), every
     * count is 1, and so is every word's.
     */
    void widen(IntIntMap counts) {
      for (int e = 0; e < terms.size(); e++) {
        int times = Integer.MAX_VALUE;
        for (int token : terms.get(e)) {
          times = Math.min(times, counts.get(token));
        }
        if (times > 0) {
          int[] word = words.get(e);
          for (int i = 0; i < word.length; i += 2) {
            counts.add(word[i], times * word[i + 1]);
          }
        }
      }
    }
  }
}
