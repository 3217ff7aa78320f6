package org.keeptrack.assemble;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The anchor VitePress gives a heading, so that a link written for it ({@code #server-watch} for
 * {@code ## server.watch}) leads to the heading here, whose id is made another way.
 *
 * <p>The rule is VitePress's own (its {@code slugify}): accents dropped, runs of spaces and ASCII
 * punctuation made one {@code -}, lower case, a leading digit prefixed with {@code _}; then
 * composed again (NFC), as the anchors written in links are.
 */
final class ForeignAnchors {

  private static final Pattern COMBINING = Pattern.compile("[\\u0300-\\u036F]");
  private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u001f]");
  private static final Pattern SPECIAL =
      Pattern.compile("[\\s~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'“”‘’<>,.?/]+");

  private ForeignAnchors() {}

  /** The anchor VitePress makes of a heading's {@code text}. */
  static String vitePress(String text) {
    String slug = Normalizer.normalize(text, Normalizer.Form.NFKD);
    slug = COMBINING.matcher(slug).replaceAll("");
    slug = CONTROL.matcher(slug).replaceAll("");
    slug = SPECIAL.matcher(slug).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (!slug.isEmpty() && Character.isDigit(slug.charAt(0))) {
      slug = "_" + slug;
    }
    // Composed again: kana with a voicing mark come apart in NFKD, and links write them whole.
    return Normalizer.normalize(slug.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
  }
}
