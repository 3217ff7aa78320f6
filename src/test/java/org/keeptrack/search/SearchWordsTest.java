package org.keeptrack.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.keeptrack.check.Term;

class SearchWordsTest {

  private final TokenIds ids = new TokenIds();

  @Test
  void aTermFoundInTheTextAddsTheWordsReadersSearchItByAsOftenAsTheTermOccurs() {
    SearchWords words = SearchWords.of(List.of(new Term("勤務", List.of(), List.of("仕事"))));
    Map<String, Integer> counts = widened(words, "勤務と勤務");
    assertEquals(2, counts.get("勤務"));
    assertEquals(2, counts.get("仕事"));
    assertEquals(2, counts.get("仕"));
    assertEquals(2, counts.get("事"));
  }

  @Test
  void aTermWithOneOfItsTokensMissingAddsNothing() {
    SearchWords words = SearchWords.of(List.of(new Term("勤務先", List.of(), List.of("会社"))));
    assertEquals(null, widened(words, "勤務と先").get("会社"));
  }

  @Test
  void theWordsOfOneTermCanMakeTheNextTermFound() {
    SearchWords words =
        SearchWords.of(
            List.of(
                new Term("勤務", List.of(), List.of("仕事")),
                new Term("仕事", List.of(), List.of("job"))));
    assertEquals(1, widened(words, "勤務").get("job"));
  }

  private Map<String, Integer> widened(SearchWords words, String text) {
    IntIntMap counts = new IntIntMap(8);
    SearchTokenizer.forEachToken(
        SearchTokenizer.normalisedChars(text), true, ids, token -> counts.add(token, 1));
    words.numbered(ids).widen(counts);
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((token, count) -> out.put(ids.text(token), count));
    return out;
  }
}
