package org.keeptrack.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Body;
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
  static final Text ID_HINT = Message.WORKSHEET_USE_LOWER_CASE_LETTERS_DIGITS.text();
  static final Text TITLE_HINT = Message.WORKSHEET_ADD_TITLE.text();

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

  /**
   * The Markdown under {@code key} as a body, its links (resolved from the worksheet's folder)
   * recorded for the link checker.
   */
  Body html(MappingReader reader, String key) {
    Optional<YamlValue> value = reader.value(key);
    Optional<String> text = reader.text(key);
    if (value.isEmpty() || text.isEmpty()) {
      return Body.EMPTY;
    }
    SourcePosition start = ((YamlValue.Scalar) value.get()).textStart();
    MarkdownConverter.Converted converted =
        markdown.convert(where, source, text.get(), start.line(), diagnostics);
    links.addAll(converted.links());
    return converted.body();
  }

  /** The required {@code id}, a simple name that results and conditions can use. */
  Optional<String> id(MappingReader reader) {
    Optional<String> id = reader.requiredText("id", Message.WORKSHEET_ADD_ID.formatted(ID_HINT));
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
        reader.requiredText(key, Message.WORKSHEET_NAME_PAGE_EXPLAINS_SUCH_PRINCIPLES.text());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Link link = Link.of(target.get(), false, reader.positionOf(key), source);
    if (link.target().kind() != LinkTarget.Kind.PAGE) {
      reader.error(
          key,
          Message.WORKSHEET_MUST_NAME_PAGE_MD.formatted(key),
          target.get(),
          Message.WORKSHEET_WRITE_RELATIVE_PATH_SUCH_PRINCIPLES.text());
      return Optional.empty();
    }
    links.add(link);
    if (link.path().isEmpty()) {
      // Without this the worksheet would be dropped with its links, and nothing said.
      reader.error(
          key,
          Message.WORKSHEET_LEADS_OUTSIDE_CONTENT.formatted(key),
          target.get(),
          Message.WORKSHEET_WRITE_PATH_FROM_FILE_PAGE.text());
    }
    return link.pathWithFragment();
  }

  static Text wholeNumber(String example) {
    return Message.WORKSHEET_WRITE_WHOLE_NUMBER_SUCH.formatted(example);
  }

  static Text simpleName(String key) {
    return Message.WORKSHEET_MUST_SIMPLE_NAME.formatted(key);
  }

  static Text idUsed(String id) {
    return Message.WORKSHEET_ID_ALREADY_USED.formatted(id);
  }

  static Text oneOf(String names) {
    return Message.PAGE_USE_ONE.formatted(names);
  }
}
