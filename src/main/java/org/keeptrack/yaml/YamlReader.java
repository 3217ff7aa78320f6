package org.keeptrack.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML document into {@link YamlValue}s that carry their source positions.
 *
 * <p>Content arrives through pull requests, so only YAML's plain data types are accepted: any
 * explicit tag (such as {@code !!java.net.URL}) and any duplicate key is an error, and aliases are
 * capped so that a small file cannot expand into a huge one. SnakeYAML only composes the node tree;
 * values are built here, which is why no Java object is ever constructed from a tag.
 */
public final class YamlReader {

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

  /** Resolves implicit tags only, from patterns; shared, as it holds no state of a document. */
  private static final Resolver RESOLVER = new Resolver();

  private final Diagnostics diagnostics;

  public YamlReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The most a source file (a page, a worksheet, a settings file) may weigh. Checked before the
   * file is read, so that a huge file fails at once instead of after minutes of reading; a real
   * page is a few KB.
   */
  static final long MAX_SOURCE_BYTES = 1 << 20;

  /** Deeper lists and maps are refused: no real file needs them, and each level costs stack. */
  static final int MAX_NESTING = 50;

  /**
   * Whether {@code file} weighs more than {@link #MAX_SOURCE_BYTES}, reported at {@code shown} if
   * so: asked before a source is read, by every reader of sources.
   */
  public static boolean isTooLarge(Path file, String shown, Diagnostics diagnostics)
      throws IOException {
    long size = Files.size(file);
    if (size <= MAX_SOURCE_BYTES) {
      return false;
    }
    diagnostics.error(
        SourcePosition.startOf(shown),
        Message.YAML_FILE_MB_SOURCE_FILE_MAY.text().formatted(size / (double) MAX_SOURCE_BYTES),
        "",
        Message.YAML_SPLIT_INTO_SEVERAL_SMALLER_FILES.text());
    return true;
  }

  /**
   * Reads a whole YAML file; {@code path} is how messages name it.
   *
   * @return the document, or empty when it cannot be read or is broken (the problem is reported)
   */
  public Optional<YamlValue> readFile(Path file, String path) {
    // A link could pull in any file of the machine, and its lines would be printed with errors.
    if (Files.isSymbolicLink(file)) {
      diagnostics.error(
          SourcePosition.startOf(path),
          Message.YAML_FILE_LINK_ANOTHER_FILE_BUILD.text(),
          "",
          Message.YAML_REPLACE_LINK_FILE_ITSELF.text());
      return Optional.empty();
    }
    String text;
    try {
      if (isTooLarge(file, path, diagnostics)) {
        return Optional.empty();
      }
      text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      diagnostics.error(
          SourcePosition.startOf(path),
          Message.SOURCE_CANNOT_READ.formatted(e.getMessage()),
          "",
          Text.NONE);
      return Optional.empty();
    }
    return read(path, text, 1);
  }

  /**
   * Reads {@code text}, which starts at line {@code firstLine} of {@code path}.
   *
   * @return the document (an empty one reads as an empty scalar), or empty when it is broken (the
   *     problem is reported)
   */
  public Optional<YamlValue> read(String path, String text, int firstLine) {
    Node root;
    try {
      root = compose(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      boolean tag = String.valueOf(e.getProblem()).contains("tag");
      diagnostics.error(
          at(path, firstLine, mark),
          Message.YAML_INVALID_YAML.formatted(describe(e, path, firstLine)),
          "",
          tag
              ? Message.YAML_TAGS_SUCH_JAVA_NOT.text()
              : Message.YAML_CHECK_INDENTATION_QUOTE_VALUES_CONTAIN.text());
      return Optional.empty();
    } catch (YAMLException e) {
      // SnakeYAML gives no position for this one; the file's first line is the best there is.
      boolean tooDeep = String.valueOf(e.getMessage()).startsWith("Nesting Depth exceeded");
      diagnostics.error(
          new SourcePosition(path, firstLine, 1),
          tooDeep
              ? Message.YAML_LISTS_MAPS_NESTED_MORE_THAN.text().formatted(MAX_NESTING)
              : Message.YAML_INVALID_YAML.formatted(e.getMessage()),
          "",
          tooDeep ? Message.YAML_NEST_THEM_LESS_DEEPLY.text() : Text.NONE);
      return Optional.empty();
    }
    if (root == null) {
      return Optional.of(new YamlValue.Scalar(null, "", new SourcePosition(path, firstLine, 1)));
    }
    return Optional.of(
        convert(
            path,
            firstLine,
            text.split("\n", -1),
            root,
            Collections.newSetFromMap(new IdentityHashMap<>())));
  }

  /**
   * The node tree of {@code text}, as {@code Yaml.compose} makes it but without building a whole
   * {@code Yaml} (constructor and representer included) for every front matter.
   */
  private static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit((int) MAX_SOURCE_BYTES);
    options.setNestingDepthLimit(MAX_NESTING);
    return new Composer(
            new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options)
        .getSingleNode();
  }

  /**
   * @param open the collections being converted around {@code node}, to catch an alias to one
   */
  private YamlValue convert(String path, int firstLine, String[] lines, Node node, Set<Node> open) {
    SourcePosition position = at(path, firstLine, node.getStartMark());
    if (open.contains(node)) {
      // `a: &a [*a]` is a list that holds itself: converting it would never end.
      diagnostics.error(
          position,
          Message.YAML_ALIAS_REFERS_LIST_MAP.text(),
          "",
          Message.YAML_WRITE_VALUE_OUT_INSTEAD_ALIAS.text());
      return new YamlValue.Scalar("", "", position);
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      diagnostics.error(
          position,
          Message.YAML_TAGS_NOT_ALLOWED.text(),
          node.getTag().getValue(),
          Message.YAML_REMOVE_TAG_WRITE_PLAIN_VALUE.text());
      // Empty text rather than no value, so the tag is the only problem reported here.
      return new YamlValue.Scalar("", "", position);
    }
    if (node instanceof ScalarNode scalar) {
      return new YamlValue.Scalar(
          scalarValue(scalar), scalar.getValue(), position, textStart(scalar, position, lines));
    }
    open.add(node);
    try {
      return node instanceof SequenceNode sequence
          ? sequence(path, firstLine, lines, sequence, open, position)
          : mapping(path, firstLine, lines, (MappingNode) node, open, position);
    } finally {
      open.remove(node);
    }
  }

  private YamlValue sequence(
      String path,
      int firstLine,
      String[] lines,
      SequenceNode sequence,
      Set<Node> open,
      SourcePosition position) {
    List<YamlValue> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(convert(path, firstLine, lines, item, open));
    }
    return new YamlValue.Sequence(items, position);
  }

  private YamlValue mapping(
      String path,
      int firstLine,
      String[] lines,
      MappingNode mapping,
      Set<Node> open,
      SourcePosition position) {
    List<YamlValue.Entry> entries = new ArrayList<>();
    Map<String, SourcePosition> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      SourcePosition keyPosition = at(path, firstLine, keyNode.getStartMark());
      if (!(keyNode instanceof ScalarNode keyScalar) || keyScalar.getTag().equals(Tag.NULL)) {
        diagnostics.error(
            keyPosition,
            Message.YAML_KEY_MUST_PLAIN_TEXT.text(),
            "",
            Message.YAML_WRITE_NAME_VALUE.text());
        continue;
      }
      if (keyScalar.getTag().equals(Tag.MERGE)) {
        diagnostics.error(
            keyPosition,
            Message.YAML_MERGE_KEYS_NOT_SUPPORTED.text(),
            "",
            Message.YAML_WRITE_KEYS_OUT_FULL.text());
        continue;
      }
      String key = keyScalar.getValue();
      SourcePosition earlier = seen.putIfAbsent(key, keyPosition);
      if (earlier != null) {
        diagnostics.error(
            keyPosition,
            Message.YAML_DUPLICATE_KEY.formatted(key),
            "",
            Message.YAML_ALREADY_SET_LINE_KEEP_ONE.text().formatted(earlier.line()));
        continue;
      }
      entries.add(
          new YamlValue.Entry(
              key, keyPosition, convert(path, firstLine, lines, tuple.getValueNode(), open)));
    }
    return new YamlValue.Mapping(entries, position);
  }

  private static SourcePosition textStart(
      ScalarNode scalar, SourcePosition position, String[] lines) {
    DumperOptions.ScalarStyle style = scalar.getScalarStyle();
    if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
      int index = scalar.getStartMark().getLine() + 1;
      String line = index < lines.length ? lines[index] : "";
      int indent = line.length() - line.stripLeading().length();
      return new SourcePosition(position.path(), position.line() + 1, indent + 1);
    }
    if (style == DumperOptions.ScalarStyle.DOUBLE_QUOTED
        || style == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
      return new SourcePosition(position.path(), position.line(), position.column() + 1);
    }
    return position;
  }

  private static Object scalarValue(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on|y"));
    }
    if (tag.equals(Tag.INT)) {
      return integer(text);
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.valueOf(text.replace("_", ""));
      } catch (NumberFormatException e) {
        return text; // .inf and .nan: kept as written, no field accepts them as numbers
      }
    }
    return text;
  }

  /**
   * An integer as YAML 1.1 writes it, the version SnakeYAML's resolver follows: {@code 0x}, {@code
   * 0b}, and a leading 0 for octal ({@code 0o} is YAML 1.2's and never reaches here).
   */
  private static Object integer(String text) {
    String digits = text.replace("_", "");
    int radix = 10;
    boolean negative = digits.startsWith("-");
    if (negative || digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    if (digits.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (digits.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      radix = 8; // YAML 1.1, which SnakeYAML resolves by: 017 is 15 (in YAML 1.2 it would be 17)
      digits = digits.substring(1);
    }
    try {
      BigInteger value = new BigInteger(digits, radix);
      value = negative ? value.negate() : value;
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    } catch (NumberFormatException e) {
      return text; // sexagesimal (17:00) stays text: a time must read as written
    }
  }

  /** SnakeYAML's own words for the problem, which it has only in English, placed in context. */
  private static Text describe(MarkedYAMLException e, String path, int firstLine) {
    String problem = e.getProblem() != null ? e.getProblem() : "cannot be read";
    Mark context = e.getContextMark();
    if (e.getContext() == null || context == null || context.equals(e.getProblemMark())) {
      return Text.name(problem);
    }
    SourcePosition start = at(path, firstLine, context);
    return Message.YAML_STARTS_LINE_COLUMN
        .text()
        .formatted(problem, e.getContext(), start.line(), start.column());
  }

  private static SourcePosition at(String path, int firstLine, Mark mark) {
    if (mark == null) {
      return new SourcePosition(path, firstLine, 1);
    }
    // SnakeYAML counts from 0 within the text it was given, which starts at firstLine.
    return new SourcePosition(path, firstLine + mark.getLine(), mark.getColumn() + 1);
  }
}
