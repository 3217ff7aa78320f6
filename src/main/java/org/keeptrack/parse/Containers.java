package org.keeptrack.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Suggestions;

/**
 * VitePress's and markdown-it's {@code ::: tip Title} … {@code :::} containers, read as the
 * handbook's notes ({@code !!! tip "Title"}), so that pages written for those generators come in as
 * they are.
 *
 * <p>A container closes at a line of at least as many colons as opened it, as markdown-it-container
 * does; an outer container opens with more colons ({@code ::::}) to hold an inner one.
 */
final class Containers implements Parser.ParserExtension {

  /**
   * VitePress's tabs of code blocks: shown as the blocks one after another, each captioned with its
   * file name.
   */
  static final String GROUP = "code-group";

  /** The kinds other generators write, as the handbook's kinds of note. */
  static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("tip", "tip"),
          Map.entry("info", "note"),
          Map.entry("note", "note"),
          Map.entry("details", "note"),
          Map.entry("important", "important"),
          Map.entry("warning", "warning"),
          Map.entry("caution", "warning"),
          Map.entry("danger", "warning"),
          Map.entry("example", "example"),
          Map.entry(GROUP, GROUP));

  /** Containers nested deeper than this are not opened: the page would render by deep recursion. */
  static final int MOST_NESTING = 20;

  /**
   * The title is the rest of the line, stripped in Java: a lazy group before {@code \\s*$} is slow.
   */
  private static final Pattern OPENING = Pattern.compile("^(:{3,})[ \\t]*([A-Za-z][\\w-]*)(.*)$");

  private static final Pattern CLOSING = Pattern.compile("^(:{3,})[ \\t]*$");

  /** A container of another generator's Markdown. */
  static final class Container extends Block {
    private final BasedSequence written;
    private final int markerLength;

    Container(BasedSequence written, int markerLength) {
      this.written = written;
      this.markerLength = markerLength;
    }

    /** The kind as the page wrote it, for messages. */
    BasedSequence written() {
      return written;
    }

    /** The handbook's kind of note, or empty for a kind it does not know. */
    Optional<String> kind() {
      // GitHub writes the kinds in capitals ([!NOTE]).
      return Optional.ofNullable(KINDS.get(written.toString().toLowerCase(Locale.ROOT)));
    }

    /**
     * The title written after the kind, or empty to show the theme's word for it; VitePress's
     * attributes at its end ({@code {open}}) are nothing a reader should see.
     */
    String title() {
      String title = titleChars.strip();
      int open = title.lastIndexOf('{');
      if (open >= 0 && title.indexOf('}', open) == title.length() - 1) {
        title = title.substring(0, open).strip();
      }
      return title;
    }

    private String titleChars = "";

    @Override
    public BasedSequence[] getSegments() {
      return new BasedSequence[] {written};
    }
  }

  /**
   * Reports a container of a kind the handbook does not know, and a {@code :::} line left as text:
   * a closing line with nothing open, or an opening one nested too deep.
   */
  static void check(Node node, SourceLines lines, Diagnostics diagnostics) {
    boolean stray = node instanceof Marker && !(node.getPrevious() instanceof Container);
    boolean leftAsText = node instanceof Paragraph && node.getChars().startsWith(":::");
    if (stray || leftAsText) {
      diagnostics.warning(
          lines.at(node.getStartOffset()),
          Message.PAGE_CONTAINER_LINE_LEFT_AS_TEXT.formatted(MOST_NESTING),
          node.getChars().toString().lines().findFirst().orElse(""),
          Message.PAGE_OPEN_CONTAINER_CLOSE_IT.text());
    }
    if (node instanceof Container container && container.kind().isEmpty()) {
      String kind = container.written().toString();
      diagnostics.error(
          lines.at(container.written().getStartOffset()),
          Message.PAGE_UNKNOWN_KIND_CONTAINER.formatted(kind),
          kind,
          Suggestions.didYouMean(
              kind,
              KINDS.keySet(),
              Message.PAGE_USE_ONE
                  .text()
                  .formatted(String.join(", ", new TreeSet<>(KINDS.keySet())))));
    }
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new Factory());
  }

  private static final class ContainerParser extends AbstractBlockParser {
    private final Container block;

    ContainerParser(Container block) {
      this.block = block;
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public boolean isContainer() {
      return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser parser, Block block) {
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.getIndent() < 4) {
        BasedSequence line = state.getLine();
        Matcher closing =
            CLOSING.matcher(
                line.subSequence(state.getNextNonSpaceIndex(), line.length()).trimEOL());
        if (closing.matches() && closing.group(1).length() >= block.markerLength) {
          // Let go of the line: the closing marker then starts below, and flexmark closes this
          // container with whatever is open inside it (finishing it here would leave those open).
          return BlockContinue.none();
        }
      }
      return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
      block.setCharsFromContent();
    }
  }

  /** A closing {@code :::} line: shows nothing, and tells a stray one from one that closed. */
  static final class Marker extends Block {
    @Override
    public BasedSequence[] getSegments() {
      return new BasedSequence[] {getChars()};
    }
  }

  private static final class MarkerParser extends AbstractBlockParser {
    private final Marker block;

    MarkerParser(Marker block) {
      this.block = block;
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {}
  }

  private static final class StartFactory extends AbstractBlockParserFactory {
    StartFactory(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4 || depth(matched.getBlockParser().getBlock()) >= MOST_NESTING) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int start = state.getNextNonSpaceIndex();
      BasedSequence rest = line.subSequence(start, line.length()).trimEOL();
      if (CLOSING.matcher(rest).matches()) {
        Marker marker = new Marker();
        marker.setChars(rest);
        return BlockStart.of(new MarkerParser(marker)).atIndex(line.length());
      }
      Matcher opening = OPENING.matcher(line.subSequence(start, line.length()).trimEOL());
      if (!opening.matches()) {
        return BlockStart.none();
      }
      Container container =
          new Container(
              line.subSequence(start + opening.start(2), start + opening.end(2)),
              opening.group(1).length());
      container.titleChars = opening.group(3);
      return BlockStart.of(new ContainerParser(container)).atIndex(line.length());
    }

    private static int depth(Node block) {
      int depth = 0;
      for (Node node = block; node != null; node = node.getParent()) {
        if (node instanceof Container) {
          depth++;
        }
      }
      return depth;
    }
  }

  private static final class Factory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options);
    }
  }
}
