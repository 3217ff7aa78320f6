package org.keeptrack.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its pattern match reading the match's bounds from the matcher
 * itself. flexmark asks the matcher for a {@code MatchResult}, which on Java 17 copies the whole
 * paragraph into a new String: once for every backtick and every link, so a long paragraph with
 * code in it cost time in proportion to its length squared (a tenth of the parse of a large site).
 * What is matched, and where, is unchanged.
 */
final class LinearInlineParser extends InlineParserImpl {

  LinearInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> extensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        extensions);
  }

  /** A parser with {@code options} that reads inlines with this parser. */
  static Parser parserWith(DataHolder options) {
    // flexmark adds its reader of reference definitions ([r]: url) itself only for its own inline
    // parser; with another, it is added here, after the extensions' readers as flexmark would.
    Parser.Builder builder =
        Parser.builder(options).customInlineParserFactory(LinearInlineParser::new);
    if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
      builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }
    return builder.build();
  }

  @Override
  public BasedSequence match(Pattern pattern) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = pattern.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }
}
