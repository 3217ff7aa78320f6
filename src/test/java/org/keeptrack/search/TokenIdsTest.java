package org.keeptrack.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenIdsTest {

  @Test
  void numbersEveryKindOfTokenApartAndGivesItsTextBack() {
    TokenIds ids = new TokenIds();
    char[] word = "abc".toCharArray();
    List<Integer> numbers =
        List.of(
            TokenIds.single('々'),
            TokenIds.single('\ufaff'),
            TokenIds.pair('々', '々'),
            TokenIds.pair('\ufaff', '\ufaff'),
            TokenIds.pair('あ', 'い'),
            ids.word(word, 0, 3),
            ids.word(word, 1, 2));
    Set<Integer> distinct = new HashSet<>(numbers);
    assertEquals(numbers.size(), distinct.size());
    numbers.forEach(id -> assertNotEquals(0, id));
    assertEquals(
        List.of("々", "\ufaff", "々々", "\ufaff\ufaff", "あい", "abc", "bc"),
        numbers.stream().map(ids::text).toList());
    assertEquals(ids.word(word, 0, 3), ids.word("xabc".toCharArray(), 1, 3));
  }

  @Test
  void anIndexHoldsSingleCharactersAsWellAsPairs() {
    assertEquals(List.of("病", "児", "病児"), SearchTokenizer.tokens("病児", true));
    assertEquals(List.of("病児"), SearchTokenizer.tokens("病児"));
  }
}
