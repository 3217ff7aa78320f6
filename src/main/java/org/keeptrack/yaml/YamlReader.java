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
        Text.of(
                "the file is %.1f MB; a source file may be at most 1 MB",
                "このファイルは %.1f MB あります。ソースファイルは 1 MB までです")
            .formatted(size / (double) MAX_SOURCE_BYTES),
        "",
        Text.of("split it into several smaller files", "いくつかの小さなファイルに分けてください"));
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
          Text.of(
              "the file is a link to another file; the build reads only the project's own files",
              "このファイルは別のファイルへのリンクです。ビルドはプロジェクトのファイルそのものしか読みません"),
          "",
          Text.of("replace the link with the file itself", "リンクをやめ、ファイルそのものを置いてください"));
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
          Text.of("cannot read: %s", "読み込めません: %s").formatted(e.getMessage()),
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
          Text.of("invalid YAML: %s", "YAML として読めません: %s").formatted(describe(e, path, firstLine)),
          "",
          tag
              ? Text.of(
                  "YAML tags such as `!!java…` are not allowed; write the plain value",
                  "`!!java…` のような YAML タグは使えません。値だけを書いてください")
              : Text.of(
                  "check the indentation and quote values that contain `:` or `#`",
                  "字下げを確かめ、`:` や `#` を含む値は引用符で囲んでください"));
      return Optional.empty();
    } catch (YAMLException e) {
      // SnakeYAML gives no position for this one; the file's first line is the best there is.
      boolean tooDeep = String.valueOf(e.getMessage()).startsWith("Nesting Depth exceeded");
      diagnostics.error(
          new SourcePosition(path, firstLine, 1),
          tooDeep
              ? Text.of(
                      "lists and maps are nested more than %d levels deep",
                      "リストやマップが %d 階層より深く入れ子になっています")
                  .formatted(MAX_NESTING)
              : Text.of("invalid YAML: %s", "YAML として読めません: %s").formatted(e.getMessage()),
          "",
          tooDeep ? Text.of("nest them less deeply", "入れ子を浅くしてください") : Text.NONE);
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
          Text.of("an alias refers to the list or map it is in", "エイリアスが、自分を含むリストやマップを指しています"),
          "",
          Text.of("write the value out instead of the alias", "エイリアスではなく値そのものを書いてください"));
      return new YamlValue.Scalar("", "", position);
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      diagnostics.error(
          position,
          Text.of("YAML tags are not allowed", "YAML タグは使えません"),
          node.getTag().getValue(),
          Text.of("remove the `!` tag and write the plain value", "`!` で始まるタグを消して、値だけを書いてください"));
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
            Text.of("a key must be plain text", "キーはふつうの文字列にしてください"),
            "",
            Text.of("write `name: value`", "`名前: 値` の形で書きます"));
        continue;
      }
      if (keyScalar.getTag().equals(Tag.MERGE)) {
        diagnostics.error(
            keyPosition,
            Text.of("merge keys (`<<`) are not supported", "マージキー（`<<`）は使えません"),
            "",
            Text.of("write the keys out in full", "キーを省略せずに書いてください"));
        continue;
      }
      String key = keyScalar.getValue();
      SourcePosition earlier = seen.putIfAbsent(key, keyPosition);
      if (earlier != null) {
        diagnostics.error(
            keyPosition,
            Text.of("duplicate key `%s`", "キー `%s` が二度書かれています").formatted(key),
            "",
            Text.of(
                    "it is already set at line %d; keep one of the two",
                    "%d 行目ですでに書かれています。どちらか一方を残してください")
                .formatted(earlier.line()));
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
      return Text.of(problem, problem);
    }
    SourcePosition start = at(path, firstLine, context);
    return Text.of(
            "%1$s, %2$s that starts at line %3$d, column %4$d", "%1$s（%3$d 行 %4$d 列目で始まる部分: %2$s）")
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
