package org.keeptrack.parse;

import static org.keeptrack.parse.WorksheetReading.idUsed;
import static org.keeptrack.parse.WorksheetReading.wholeNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Body;
import org.keeptrack.model.FrontMatter;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Worksheet;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.Worksheet.Section;
import org.keeptrack.model.WorksheetResult;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/**
 * Reads a worksheet definition ({@code content/worksheets/*.yaml}, documented in
 * docs/worksheets.md) into a page that carries a {@link Worksheet}.
 *
 * <p>Every mistake is reported where it is written; names that results and conditions use are
 * checked against the questions, so a typo fails the build instead of showing an empty answer.
 */
public final class WorksheetParser {

  static final String TEMPLATE = "worksheet";

  private static final Set<String> KEYS =
      Set.of(
          "id",
          "version",
          "title",
          "description",
          "intro",
          "page",
          "order",
          "draft",
          "sections",
          "results");
  private static final Set<String> SECTION_KEYS = Set.of("title", "intro", "fields");
  private static final Text WORKSHEET = Message.WORKSHEET_WORKSHEET.text();
  private static final Text SECTION = Message.WORKSHEET_SECTION.text();

  private final MarkdownConverter markdown;
  private final Diagnostics diagnostics;

  public WorksheetParser(MarkdownConverter markdown, Diagnostics diagnostics) {
    this.markdown = markdown;
    this.diagnostics = diagnostics;
  }

  public Optional<Page> parse(SourceFile source) {
    WorksheetReading reading = new WorksheetReading(source, markdown, diagnostics);
    return new YamlReader(diagnostics)
        .read(reading.where, source.text(), 1)
        .flatMap(
            v -> MappingReader.of(v, WORKSHEET, diagnostics, Message.WORKSHEET_START_ID.text()))
        .flatMap(reader -> worksheet(source, reader, reading));
  }

  private Optional<Page> worksheet(
      SourceFile source, MappingReader sheet, WorksheetReading reading) {
    sheet.rejectUnknown(KEYS);
    Optional<String> id = reading.id(sheet);
    Optional<String> title = sheet.requiredText("title", Message.WORKSHEET_ADD_TITLE_NAME.text());
    int version = sheet.integer("version", wholeNumber("version: 2")).orElse(1L).intValue();
    String description = sheet.text("description").orElse("");
    int order = sheet.integer("order", wholeNumber("order: 2")).orElse(0L).intValue();
    boolean draft = sheet.bool("draft").orElse(false);
    Body introHtml = reading.html(sheet, "intro");
    Optional<String> page = reading.pageLink(sheet, "page");

    List<Section> sections = sections(sheet, reading);
    List<WorksheetResult> results = results(sheet, reading);
    new WorksheetChecks(reading).run(results);

    if (id.isEmpty() || title.isEmpty() || page.isEmpty()) {
      return Optional.empty();
    }
    Worksheet worksheet =
        new Worksheet(id.get(), version, introHtml, page.get(), sections, results);
    List<Heading> headings = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      headings.add(
          new Heading(
              2, sections.get(i).title(), "section-" + (i + 1), sheet.mapping().position()));
    }
    FrontMatter frontMatter =
        new FrontMatter(
            title.get(),
            description,
            order,
            draft,
            TEMPLATE,
            SourcePosition.startOf(reading.where),
            "",
            List.of(),
            Map.of());
    return Optional.of(
        new Page(
            source,
            frontMatter,
            Page.outputPathOf(source.path()),
            introHtml,
            headings,
            reading.links,
            Optional.of(worksheet)));
  }

  private List<Section> sections(MappingReader sheet, WorksheetReading reading) {
    List<Section> sections = new ArrayList<>();
    List<YamlValue> sectionValues =
        sheet.list("sections", Message.WORKSHEET_LIST_SECTIONS_TITLE.text());
    if (sheet.hasNoItems("sections")) {
      sheet.error(
          "sections",
          Message.WORKSHEET_NEEDS_LEAST_ONE_SECTION.text(),
          "",
          Message.WORKSHEET_ADD_SECTIONS.text());
    }
    for (YamlValue value : sectionValues) {
      MappingReader.of(value, SECTION, diagnostics, Message.WORKSHEET_WRITE_TITLE_FIELDS.text())
          .flatMap(reader -> section(reader, reading))
          .ifPresent(sections::add);
    }
    return sections;
  }

  private List<WorksheetResult> results(MappingReader sheet, WorksheetReading reading) {
    List<WorksheetResult> results = new ArrayList<>();
    ResultReader resultReader = new ResultReader(reading);
    for (YamlValue value : sheet.list("results", Message.WORKSHEET_LIST_RESULTS_ID.text())) {
      MappingReader.of(
              value, ResultReader.RESULT, diagnostics, Message.WORKSHEET_WRITE_ID_TYPE.text())
          .flatMap(resultReader::result)
          .ifPresent(results::add);
    }
    return results;
  }

  private Optional<Section> section(MappingReader reader, WorksheetReading reading) {
    reader.rejectUnknown(SECTION_KEYS);
    Optional<String> title =
        reader.requiredText("title", Message.WORKSHEET_GIVE_SECTION_TITLE.text());
    Body intro = reading.html(reader, "intro");
    List<Field> fields = new ArrayList<>();
    List<YamlValue> values = reader.list("fields", Message.WORKSHEET_LIST_QUESTIONS_ID.text());
    if (reader.hasNoItems("fields")) {
      reader.error(
          "fields", Message.WORKSHEET_SECTION_NEEDS_LEAST_ONE_QUESTION.text(), "", Text.NONE);
    }
    FieldReader questions = new FieldReader(reading);
    for (YamlValue value : values) {
      MappingReader.of(value, FieldReader.FIELD, diagnostics, FieldReader.FIELD_ENTRY_HINT)
          .flatMap(questions::question)
          .ifPresent(
              field -> {
                Field earlier = reading.fields.putIfAbsent(field.id(), field);
                if (earlier != null) {
                  diagnostics.error(
                      field.position(),
                      idUsed(field.id()).after(FieldReader.FIELD),
                      field.id(),
                      Message.WORKSHEET_USED_LINE_IDS_MUST_UNIQUE
                          .text()
                          .formatted(earlier.position().line()));
                } else {
                  fields.add(field);
                }
              });
    }
    return title.map(t -> new Section(t, intro, fields));
  }
}
