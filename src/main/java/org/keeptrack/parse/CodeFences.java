package org.keeptrack.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the info string of a fenced code block says, read as the handbook shows it: the language,
 * and a file name in brackets ({@code vue [App.vue]}, VitePress) shown above the block.
 *
 * <p>Other generators' further attributes (line highlights {@code ts{1,3}}, mdBook's {@code
 * rust,editable}, {@code js:line-numbers}) have no meaning here and are left out, so that the class
 * the highlighter reads stays a clean {@code language-ts}.
 */
record CodeFences(String language, String caption) {

  private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z0-9_+#-]+");
  private static final Pattern CAPTION = Pattern.compile("\\[([^\\[\\]]{1,200})]");

  static CodeFences of(FencedCodeBlock block) {
    String info = block.getInfo().unescape().strip();
    Matcher language = LANGUAGE.matcher(info);
    Matcher caption = CAPTION.matcher(info);
    return new CodeFences(
        language.find() ? language.group() : "", caption.find() ? caption.group(1).strip() : "");
  }

  /** Whether the info string says more than a language, so that it must be drawn by hand. */
  static boolean hasAttributes(FencedCodeBlock block) {
    String info = block.getInfo().unescape().strip();
    Matcher language = LANGUAGE.matcher(info);
    return !info.isEmpty() && !(language.matches());
  }
}
