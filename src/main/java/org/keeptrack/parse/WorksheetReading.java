package org.keeptrack.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlValue;

/**
 * The state of one worksheet file's parse, shared by the readers of its parts: the links it makes,
 * the questions it defines (for the checks that run once all are known), and the readers of what
 * every part may hold (ids, Markdown, links to pages).
 */
final class WorksheetReading {

  static final String ID = "[a-z][a-z0-9_]*";
  static final Text ID_HINT =
      Text.of(
          "use lower-case letters, digits and `_`, starting with a letter",
          "英小文字・数字・`_` で、英小文字から始めます");
  static final Text TITLE_HINT = Text.of("add `title: …`", "`title: …` を加えます");

  final String where;
  final String source;
  final Diagnostics diagnostics;
  private final MarkdownConverter markdown;
  final List<Link> links = new ArrayList<>();

  /** The questions by id, in order; a repeated id keeps the first. */
  final Map<String, Field> fields = new LinkedHashMap<>();

  WorksheetReading(SourceFile file, MarkdownConverter markdown, Diagnostics diagnostics) {
    this.where = file.displayPath();
    this.source = file.path();
    this.markdown = markdown;
    this.diagnostics = diagnostics;
  }

  /** The Markdown under {@code key} as HTML, its links recorded for the link checker. */
  String html(MappingReader reader, String key) {
    Optional<YamlValue> value = reader.value(key);
    Optional<String> text = reader.text(key);
    if (value.isEmpty() || text.isEmpty()) {
      return "";
    }
    SourcePosition start = ((YamlValue.Scalar) value.get()).textStart();
    MarkdownConverter.Converted converted =
        markdown.convert(where, text.get(), start.line(), diagnostics);
    links.addAll(converted.links());
    return converted.html();
  }

  /** The required {@code id}, a simple name that results and conditions can use. */
  Optional<String> id(MappingReader reader) {
    Optional<String> id =
        reader.requiredText(
            "id", Text.of("add `id: …`; %s", "`id: …` を加えます。%s").formatted(ID_HINT));
    if (id.isPresent() && !id.get().matches(ID)) {
      reader.error("id", simpleName("id"), id.get(), ID_HINT);
      return Optional.empty();
    }
    return id;
  }

  /**
   * A required link to a page source, recorded for the link checker; returned as the page's path
   * inside content/ with its {@code #fragment}, if any.
   */
  Optional<String> pageLink(MappingReader reader, String key) {
    Optional<String> target =
        reader.requiredText(
            key,
            Text.of(
                "name the page that explains this, such as `../principles/negotiate.md`",
                "これを説明するページを `../principles/negotiate.md` のように書きます"));
    if (target.isEmpty()) {
      return Optional.empty();
    }
    LinkTarget link = LinkTarget.of(target.get());
    if (link.kind() != LinkTarget.Kind.PAGE) {
      reader.error(
          key,
          Text.of("`%s` must name a page's .md file", "`%s` にはページの .md ファイルを書きます").formatted(key),
          target.get(),
          Text.of(
              "write a relative path such as `../principles/negotiate.md`",
              "`../principles/negotiate.md` のような相対パスで書きます"));
      return Optional.empty();
    }
    links.add(new Link(target.get(), false, reader.positionOf(key)));
    Optional<String> resolved = link.resolveFrom(source);
    if (resolved.isEmpty()) {
      // Without this the worksheet would be dropped with its links, and nothing said.
      reader.error(
          key,
          Text.of("`%s` leads outside content/", "`%s` が content/ の外を指しています").formatted(key),
          target.get(),
          Text.of(
              "write the path from this file to a page inside content/, such as"
                  + " `../principles/negotiate.md`",
              "このファイルから content/ の中のページへのパスを `../principles/negotiate.md`" + " のように書きます"));
    }
    return resolved.map(path -> path + link.fragmentWithHash());
  }

  static Text wholeNumber(String example) {
    return Text.of("write a whole number such as `%s`", "`%s` のように整数で書きます").formatted(example);
  }

  static Text simpleName(String key) {
    return Text.of("`%s` must be a simple name", "`%s` は簡単な名前にします").formatted(key);
  }

  static Text idUsed(String id) {
    return Text.of("the id `%s` is already used", "id `%s` はもう使われています").formatted(id);
  }

  static Text oneOf(String names) {
    return Text.of("use one of %s", "%s のどれかを使います").formatted(names);
  }
}
