package org.keeptrack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhraseBreaksTest {

  /** The text with a bar where a line may break. */
  private static String marked(String text) {
    return PhraseBreaks.html(text).replace("<wbr>", "|");
  }

  @Test
  void breaksBetweenPhrasesAfterParticlesAndEndings() {
    assertEquals("面談で|使える|3行|テンプレート", marked("面談で使える3行テンプレート"));
    assertEquals("あわせて|申し出る|法律上の|制度", marked("あわせて申し出る法律上の制度"));
    assertEquals("翌日も|預けられないときに|使う|手", marked("翌日も預けられないときに使う手"));
    assertEquals("家族や|頼れる|人に|来てもらう", marked("家族や頼れる人に来てもらう"));
  }

  @Test
  void keepsWordsNumbersAndCountersWhole() {
    // The lone characters readers saw at a line's start.
    assertEquals("見当がつかない", marked("見当がつかない"));
    assertEquals("組み立てる", marked("組み立てる"));
    assertEquals("9時30分", marked("9時30分"));
    assertEquals("復帰の|3か月後：|3か月の|振り返り", marked("復帰の3か月後：3か月の振り返り"));
    assertEquals("3ヶ月", marked("3ヶ月"));
    assertEquals("見直し", marked("見直し"));
  }

  @Test
  void breaksAtBracketsCommasAndScriptChanges() {
    assertEquals("設計|ハンドブック", marked("設計ハンドブック"));
    assertEquals("夕方、|急な対応が|難しくなる|時刻", marked("夕方、急な対応が難しくなる時刻"));
    assertEquals("役割|（復帰後に|担当すること）", marked("役割（復帰後に担当すること）"));
    assertEquals("相手に|送る|（リンク・|QR）", marked("相手に送る（リンク・QR）"));
    assertEquals("「自分しかできない」をなくす", marked("「自分しかできない」をなくす"));
    assertEquals("車での|お迎えが|必要になることがありますか", marked("車でのお迎えが必要になることがありますか"));
  }

  @Test
  void escapesWhatItWritesAndLeavesLatinAlone() {
    assertEquals(
        "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", PhraseBreaks.html("a <b> & \"c\" 'd'"));
    assertEquals("Return plan for Monday", marked("Return plan for Monday"));
    assertEquals("", marked(""));
  }
}
