/* Where a composed line may break: between phrases, never inside one, so that a result does not
   end a line with a lone 「分」. The rules are the build's (text/PhraseBreaks.java, which says why
   they read kinds of characters); FieldTypesBrowserTest holds this copy to them. The result
   box keeps Japanese words whole (word-break: keep-all) and breaks at the <wbr>s put here.

   Provides: showPhrases. Uses: nothing.
 */

var PHRASE_ENDINGS = 'はがをにでともへのやるう';
var PHRASE_PREFIXES = 'おご';

/* Hiragana, Kanji (with the counters ヵ and ヶ), Katakana, digits, Latin, opening and closing
   brackets, punctuation; x for any other character. */
var PHRASE_KINDS = {
  h: /[ぁ-ゖゝゞ]/, k: /[一-鿿々〆ヵヶ]/, K: /[ァ-ヺーヽヾ]/, d: /[0-9０-９]/, l: /[A-Za-zＡ-ｚ]/,
  o: /[「『（(\[【〈《“〔]/, c: /[」』）)\]】〉》”〕]/, p: /[、。，．！？!?…：・]/
};

function phraseKind(c) {
  for (var kind in PHRASE_KINDS) {
    if (PHRASE_KINDS[kind].test(c)) return kind;
  }
  return 'x';
}

/* Whether a line may break before character i, given the kinds of every character. */
function breaksBetween(text, kinds, i, kanaRun) {
  var before = kinds[i - 1];
  var after = kinds[i];
  if (after === 'o') return 'ox'.indexOf(before) < 0;
  if (before === 'p') return 'cpx'.indexOf(after) < 0;
  /* A particle stays with the quote it follows: 「「自分しかできない」を｜なくす」. */
  if (before === 'c') return 'cpxh'.indexOf(after) < 0;
  if (before === 'h') {
    /* One kana is okurigana inside a word, unless a particle; 「3か月」's か counts. */
    return 'kKld'.indexOf(after) >= 0 && (kanaRun > 1 || i >= 2 &&
      (PHRASE_ENDINGS + PHRASE_PREFIXES).indexOf(text.charAt(i - 1)) >= 0 && kinds[i - 2] !== 'd');
  }
  return before + after === 'kK' || before + after === 'Kk';
}

/* The indexes of text before which a line may break, in order. Each character's kind is found
   once: a result is composed again at every key the reader presses, and may hold long answers. */
function phraseBreaks(text) {
  var kinds = [];
  for (var k = 0; k < text.length; k++) kinds.push(phraseKind(text.charAt(k)));
  var breaks = [];
  var kanaRun = 0;
  for (var i = 1; i < text.length; i++) {
    kanaRun = kinds[i - 1] === 'h' ? kanaRun + 1 : 0;
    if (!breaksBetween(text, kinds, i, kanaRun)) continue;
    /* An honorific prefix begins the word after it: 「車での｜お迎え」. */
    if (PHRASE_PREFIXES.indexOf(text.charAt(i - 1)) < 0) {
      breaks.push(i);
    } else if (kanaRun > 1 && breaks[breaks.length - 1] !== i - 1) {
      breaks.push(i - 1);
    }
  }
  return breaks;
}

/* Puts text in element as text nodes, with a <wbr> at every break: never as HTML, since the text
   holds the reader's answers. */
function showPhrases(element, text) {
  element.textContent = '';
  var last = 0;
  phraseBreaks(text).concat([text.length]).forEach(function (at) {
    element.appendChild(document.createTextNode(text.slice(last, at)));
    if (at < text.length) element.appendChild(document.createElement('wbr'));
    last = at;
  });
}
