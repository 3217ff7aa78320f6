package org.keeptrack.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {

  @Test
  void cutsJapaneseIntoBigramsAndLatinIntoWords() {
    assertEquals(List.of("病児", "児保", "保育"), SearchTokenizer.tokens("病児保育"));
    assertEquals(List.of("ics", "ふぁ", "ぁい", "いる"), SearchTokenizer.tokens("ICS ファイル"));
    assertEquals(List.of("面談", "談の", "3", "行"), SearchTokenizer.tokens("面談の3行"));
  }

  @Test
  void foldsWidthCaseAndKatakana() {
    assertEquals(SearchTokenizer.tokens("ふぁみさぽ"), SearchTokenizer.tokens("ファミサポ"));
    assertEquals(SearchTokenizer.tokens("ファミサポ"), SearchTokenizer.tokens("ﾌｧﾐｻﾎﾟ"));
    assertEquals(List.of("abc", "123"), SearchTokenizer.tokens("ＡＢＣ　１２３"));
    assertEquals("まみーとらっく", SearchTokenizer.normalise("マミートラック"));
  }

  @Test
  void keepsSingleJapaneseCharactersAsUnigrams() {
    assertEquals(List.of("熱"), SearchTokenizer.tokens("熱"));
    assertEquals(List.of("a", "の", "b"), SearchTokenizer.tokens("AのB"));
  }
}
