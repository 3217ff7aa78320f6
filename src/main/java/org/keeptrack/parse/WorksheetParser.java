package org.keeptrack.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.FrontMatter;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Worksheet;
import org.keeptrack.model.Worksheet.Condition;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.Worksheet.Option;
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
      Set.of("id", "version", "title", "description", "intro", "page", "order", "draft",
          "sections", "results");
  private static final Set<String> SECTION_KEYS = Set.of("title", "intro", "fields");
  private static final Set<String> FIELD_KEYS =
      Set.of("id", "type", "label", "help", "example", "placeholder", "required", "options",
          "columns", "rows", "minRows", "lines", "showIf", "score");
  private static final Set<String> COLUMN_KEYS = Set.of("id", "type", "label", "options");
  private static final Set<String> RESULT_KEYS =
      Set.of("id", "type", "title", "template", "filename", "table", "summary", "outcomes", "none");
  private static final Set<String> OUTCOME_KEYS = Set.of("id", "title", "text", "page");
  private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final String ID = "[a-z][a-z0-9_]*";
  private static final String ID_HINT = "use lower-case letters, digits and `_`, starting with a letter";

  private final MarkdownConverter markdown;
  private final Diagnostics diagnostics;

  public WorksheetParser(MarkdownConverter markdown, Diagnostics diagnostics) {
    this.markdown = markdown;
    this.diagnostics = diagnostics;
  }

  /** The state of one file's parse: its links and the names its questions define. */
  private final class Reading {
    final String where;
    final String source;
    final List<Link> links = new ArrayList<>();
    final Map<String, Field> fields = new LinkedHashMap<>();
    final Map<String, SourcePosition> conditions = new LinkedHashMap<>();

    Reading(SourceFile file) {
      this.where = file.displayPath();
      this.source = file.path();
    }

    String html(MappingReader reader, String key) {
      Optional<YamlValue> value = reader.value(key);
      Optional<String> text = reader.text(key);
      if (value.isEmpty() || text.isEmpty()) {
        return "";
      }
      SourcePosition start = ((YamlValue.Scalar) value.get()).textStart();
      MarkdownConverter.Converted converted = markdown.convert(where, text.get(), start.line());
      links.addAll(converted.links());
      return converted.html();
    }
  }

  public Optional<Page> parse(SourceFile source) {
    Reading reading = new Reading(source);
    return new YamlReader(diagnostics)
        .read(reading.where, source.text(), 1)
        .flatMap(v -> MappingReader.of(v, "worksheet", diagnostics, "start with `id: …`"))
        .flatMap(reader -> worksheet(source, reader, reading));
  }

  private Optional<Page> worksheet(SourceFile source, MappingReader sheet, Reading reading) {
    sheet.rejectUnknown(KEYS);
    Optional<String> id = id(sheet);
    Optional<String> title = sheet.requiredText("title", "add `title: …`, the worksheet's name");
    int version = sheet.integer("version", "write a whole number such as `version: 2`").orElse(1L).intValue();
    String description = sheet.text("description").orElse("");
    int order = sheet.integer("order", "write a whole number such as `order: 2`").orElse(0L).intValue();
    boolean draft = sheet.bool("draft").orElse(false);
    String introHtml = reading.html(sheet, "intro");
    Optional<String> page = pageLink(sheet, "page", reading);

    List<Section> sections = new ArrayList<>();
    List<YamlValue> sectionValues = sheet.list("sections", "list the sections with `- title: …`");
    if (sectionValues.isEmpty()) {
      sheet.error("sections", "a worksheet needs at least one section with questions", "", "add `sections:`");
    }
    for (YamlValue value : sectionValues) {
      MappingReader.of(value, "worksheet section", diagnostics, "write `- title: …` and `fields:`")
          .flatMap(reader -> section(reader, reading))
          .ifPresent(sections::add);
    }
    List<WorksheetResult> results = new ArrayList<>();
    Set<String> resultIds = new LinkedHashSet<>();
    for (YamlValue value : sheet.list("results", "list the results with `- id: …`")) {
      MappingReader.of(value, "worksheet result", diagnostics, "write `- id: …` and `type: …`")
          .flatMap(reader -> result(reader, reading, resultIds))
          .ifPresent(results::add);
    }
    checkConditions(reading);
    checkScores(reading, results);

    if (id.isEmpty() || title.isEmpty() || page.isEmpty()) {
      return Optional.empty();
    }
    Worksheet worksheet = new Worksheet(id.get(), version, introHtml, page.get(), sections, results);
    List<Heading> headings = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      headings.add(new Heading(2, sections.get(i).title(), "section-" + (i + 1), sheet.mapping().position()));
    }
    FrontMatter frontMatter =
        new FrontMatter(
            title.get(), description, order, draft, TEMPLATE,
            SourcePosition.startOf(reading.where), Map.of());
    return Optional.of(
        new Page(
            source, frontMatter, Page.outputPathOf(source.path()), introHtml, headings,
            reading.links, Optional.of(worksheet)));
  }

  private Optional<String> id(MappingReader reader) {
    Optional<String> id = reader.requiredText("id", "add `id: …`; " + ID_HINT);
    if (id.isPresent() && !id.get().matches(ID)) {
      reader.error("id", "`id` must be a simple name", id.get(), ID_HINT);
      return Optional.empty();
    }
    return id;
  }

  /**
   * A required link to a page source, recorded for the link checker; returned as the page's path
   * inside content/ with its {@code #fragment}, if any.
   */
  private Optional<String> pageLink(MappingReader reader, String key, Reading reading) {
    Optional<String> target =
        reader.requiredText(key, "name the page that explains this, such as `../principles/negotiate.md`");
    if (target.isEmpty()) {
      return Optional.empty();
    }
    LinkTarget link = LinkTarget.of(target.get());
    if (link.kind() != LinkTarget.Kind.PAGE) {
      reader.error(key, "`" + key + "` must name a page's .md file", target.get(),
          "write a relative path such as `../principles/negotiate.md`");
      return Optional.empty();
    }
    reading.links.add(new Link(target.get(), false, reader.positionOf(key)));
    return link.resolveFrom(reading.source).map(path -> path + link.fragmentWithHash());
  }

  private Optional<Section> section(MappingReader reader, Reading reading) {
    reader.rejectUnknown(SECTION_KEYS);
    Optional<String> title = reader.requiredText("title", "give the section a `title:`");
    String intro = reading.html(reader, "intro");
    List<Field> fields = new ArrayList<>();
    List<YamlValue> values = reader.list("fields", "list the questions with `- id: …`");
    if (values.isEmpty()) {
      reader.error("fields", "a section needs at least one question in `fields:`", "", "");
    }
    for (YamlValue value : values) {
      MappingReader.of(value, "worksheet field", diagnostics, "write `- id: …`, `type: …`, `label: …`")
          .flatMap(field -> field(field, reading, false))
          .ifPresent(
              field -> {
                Field earlier = reading.fields.putIfAbsent(field.id(), field);
                if (earlier != null) {
                  diagnostics.error(
                      field.position(),
                      "worksheet field: the id `" + field.id() + "` is already used",
                      field.id(),
                      "it is used at line " + earlier.position().line() + "; ids must be unique in a worksheet");
                } else {
                  fields.add(field);
                }
              });
    }
    return title.map(t -> new Section(t, intro, fields));
  }

  private Optional<Field> field(MappingReader reader, Reading reading, boolean column) {
    reader.rejectUnknown(column ? COLUMN_KEYS : FIELD_KEYS);
    String subject = column ? "table column" : "worksheet field";
    Optional<String> id = id(reader);
    Optional<String> label = reader.requiredText("label", "add `label: …`, the question as the reader sees it");
    Optional<FieldType> type = type(reader, column);
    List<Option> options = options(reader, "options");
    if (type.isPresent() && type.get().hasOptions() && options.isEmpty() && reader.value("options").isEmpty()) {
      reader.error("type", "a `" + type.get().yamlName() + "` question needs `options:`", "",
          "list the choices as `- {value: a, label: …}`");
    } else if (type.isPresent() && !type.get().hasOptions() && reader.value("options").isPresent()) {
      reader.error("options", "a `" + type.get().yamlName() + "` question takes no `options:`", "",
          "use `radio`, `select`, `checkboxes` or `checklist` for choices");
    }
    if (column) {
      return id.flatMap(i -> label.flatMap(l -> type.map(t ->
          new Field(i, t, l, "", "", "", false, options, List.of(), List.of(), 0, 1, null, "",
              reader.mapping().position()))));
    }
    List<Field> columns = new ArrayList<>();
    List<Option> rows = options(reader, "rows");
    int minRows = reader.integer("minRows", "write a whole number such as `minRows: 3`").orElse(0L).intValue();
    if (type.isPresent() && type.get() == FieldType.TABLE) {
      columns = columns(reader, reading);
    } else {
      for (String key : List.of("columns", "rows", "minRows")) {
        if (reader.value(key).isPresent()) {
          reader.error(key, "only a `table` question takes `" + key + "`", "", "");
        }
      }
    }
    int lines = reader.integer("lines", "write how many lines to print, such as `lines: 3`")
        .orElse(type.map(t -> t == FieldType.TEXTAREA ? 4L : 1L).orElse(1L)).intValue();
    Condition condition = condition(reader, reading).orElse(null);
    String score = reader.text("score").orElse("");
    if (!score.isEmpty() && type.isPresent() && type.get() != FieldType.YESNO) {
      reader.error("score", "only a `yesno` question can count towards a score", "", "");
    }
    Field field =
        new Field(
            id.orElse(""), type.orElse(FieldType.TEXT), label.orElse(""), reading.html(reader, "help"),
            reader.text("example").orElse(""), reader.text("placeholder").orElse(""),
            reader.bool("required").orElse(false), options, columns, rows, minRows, lines,
            condition, score, reader.mapping().position());
    if (id.isEmpty() || label.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(field);
  }

  private Optional<FieldType> type(MappingReader reader, boolean column) {
    Optional<String> name = reader.requiredText("type", "add `type: …`, one of " + String.join(", ", FieldType.names()));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldType> type = FieldType.of(name.get());
    if (type.isEmpty()) {
      reader.error("type", "unknown question type `" + name.get() + "`", name.get(),
          Suggestions.didYouMean(name.get(), FieldType.names(), "use one of " + String.join(", ", FieldType.names())));
    } else if (column && !type.get().fitsInTable()) {
      reader.error("type", "a table column cannot be of type `" + name.get() + "`", name.get(),
          "use text, number, date, time, select or yesno");
      return Optional.empty();
    }
    return type;
  }

  private List<Option> options(MappingReader reader, String key) {
    List<Option> options = new ArrayList<>();
    Set<String> values = new LinkedHashSet<>();
    for (YamlValue item : reader.list(key, "list them as `- {value: a, label: …}`")) {
      Optional<MappingReader> option = MappingReader.of(item, "option", diagnostics, "write `- {value: a, label: …}`");
      if (option.isEmpty()) {
        continue;
      }
      option.get().rejectUnknown(Set.of("value", "label"));
      Optional<String> value = option.get().requiredText("value", "add `value: …`; " + ID_HINT);
      Optional<String> label = option.get().requiredText("label", "add `label: …`, what the reader sees");
      if (value.isPresent() && !value.get().matches("[A-Za-z0-9_]+")) {
        option.get().error("value", "`value` must be a simple name", value.get(), ID_HINT);
      } else if (value.isPresent() && !values.add(value.get())) {
        option.get().error("value", "the value `" + value.get() + "` is listed twice", value.get(), "values must be unique");
      } else if (value.isPresent() && label.isPresent()) {
        options.add(new Option(value.get(), label.get()));
      }
    }
    return options;
  }

  private List<Field> columns(MappingReader reader, Reading reading) {
    List<Field> columns = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    List<YamlValue> values = reader.list("columns", "list the columns with `- id: …`");
    if (values.isEmpty()) {
      reader.error("type", "a `table` question needs `columns:`", "",
          "list the columns as `- {id: task, type: text, label: …}`");
    }
    for (YamlValue value : values) {
      MappingReader.of(value, "table column", diagnostics, "write `- id: …`, `type: …`, `label: …`")
          .flatMap(column -> field(column, reading, true))
          .ifPresent(column -> {
            if (!ids.add(column.id())) {
              diagnostics.error(column.position(), "table column: the id `" + column.id() + "` is already used",
                  column.id(), "column ids must be unique in a table");
            } else {
              columns.add(column);
            }
          });
    }
    return columns;
  }

  private Optional<Condition> condition(MappingReader reader, Reading reading) {
    Optional<YamlValue> value = reader.value("showIf");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return MappingReader.of(value.get(), "showIf", diagnostics, "write `showIf: {field: id, equals: value}`")
        .flatMap(condition -> {
          condition.rejectUnknown(Set.of("field", "equals"));
          Optional<String> field = condition.requiredText("field", "name the question it depends on");
          Optional<String> equals = condition.requiredText("equals", "give the value that shows this question");
          field.ifPresent(f -> reading.conditions.put(f + "=" + equals.orElse(""), condition.positionOf("field")));
          return field.flatMap(f -> equals.map(e -> new Condition(f, e)));
        });
  }

  /** Conditions may name later questions, so they are checked once every question is known. */
  private void checkConditions(Reading reading) {
    reading.conditions.forEach((key, at) -> {
      String name = key.substring(0, key.indexOf('='));
      String value = key.substring(key.indexOf('=') + 1);
      Field field = reading.fields.get(name);
      if (field == null) {
        diagnostics.error(at, "showIf: there is no question `" + name + "`", name,
            Suggestions.didYouMean(name, reading.fields.keySet(), "name the id of a question of this worksheet"));
        return;
      }
      List<String> allowed = switch (field.type()) {
        case YESNO -> List.of("yes", "no");
        case RADIO, SELECT, CHECKBOXES, CHECKLIST -> field.options().stream().map(Option::value).toList();
        default -> List.of();
      };
      if (allowed.isEmpty()) {
        diagnostics.error(at, "showIf: `" + name + "` is a " + field.type().yamlName() + " question; a condition needs a choice or yes/no question",
            name, "");
      } else if (!allowed.contains(value)) {
        diagnostics.error(at, "showIf: `" + name + "` has no value `" + value + "`", value,
            "its values are " + String.join(", ", allowed));
      }
    });
  }

  private void checkScores(Reading reading, List<WorksheetResult> results) {
    Set<String> outcomes = new LinkedHashSet<>();
    results.stream()
        .filter(r -> r instanceof WorksheetResult.Score)
        .forEach(r -> ((WorksheetResult.Score) r).outcomes().forEach(o -> outcomes.add(o.id())));
    for (Field field : reading.fields.values()) {
      if (!field.score().isEmpty() && !outcomes.contains(field.score())) {
        diagnostics.error(field.position(), "worksheet field: `score: " + field.score() + "` names no outcome of a score result",
            field.score(), Suggestions.didYouMean(field.score(), outcomes,
                outcomes.isEmpty() ? "add a result of `type: score` with `outcomes:`" : "the outcomes are " + String.join(", ", outcomes)));
      }
    }
  }

  private Optional<WorksheetResult> result(MappingReader reader, Reading reading, Set<String> ids) {
    reader.rejectUnknown(RESULT_KEYS);
    Optional<String> id = id(reader);
    if (id.isPresent() && !ids.add(id.get())) {
      reader.error("id", "the result id `" + id.get() + "` is already used", id.get(), "result ids must be unique");
    }
    Optional<String> title = reader.requiredText("title", "add `title: …`");
    Optional<String> type = reader.requiredText("type", "add `type: text`, `calendar` or `score`");
    if (id.isEmpty() || title.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    MustacheChecker mustache = new MustacheChecker(diagnostics);
    switch (type.get()) {
      case "text" -> {
        Optional<String> template = reader.requiredText("template", "write the text with {{question_id}} where answers go");
        template.ifPresent(t -> mustache.check("result `" + id.get() + "`",
            (YamlValue.Scalar) reader.value("template").orElseThrow(), names(reading), lists(reading)));
        return template.map(t -> new WorksheetResult.Text(id.get(), title.get(), t));
      }
      case "calendar" -> {
        return calendar(reader, reading, id.get(), title.get(), mustache);
      }
      case "score" -> {
        List<WorksheetResult.Outcome> outcomes = new ArrayList<>();
        for (YamlValue value : reader.list("outcomes", "list them with `- id: …`")) {
          MappingReader.of(value, "score outcome", diagnostics, "write `- id: …`, `title: …`, `text: …`, `page: …`")
              .flatMap(outcome -> {
                outcome.rejectUnknown(OUTCOME_KEYS);
                Optional<String> oid = id(outcome);
                Optional<String> otitle = outcome.requiredText("title", "add `title: …`");
                String text = outcome.text("text").orElse("");
                Optional<String> href = pageLink(outcome, "page", reading);
                return oid.flatMap(i -> otitle.flatMap(t -> href.map(h -> new WorksheetResult.Outcome(i, t, text, h))));
              })
              .ifPresent(outcomes::add);
        }
        if (outcomes.isEmpty()) {
          reader.error("outcomes", "a score needs `outcomes:`", "", "list what the answers can point to");
          return Optional.empty();
        }
        return Optional.of(new WorksheetResult.Score(id.get(), title.get(), outcomes, reader.text("none").orElse("")));
      }
      default -> {
        reader.error("type", "unknown result type `" + type.get() + "`", type.get(),
            Suggestions.didYouMean(type.get(), List.of("text", "calendar", "score"), "use text, calendar or score"));
        return Optional.empty();
      }
    }
  }

  private Optional<WorksheetResult> calendar(
      MappingReader reader, Reading reading, String id, String title, MustacheChecker mustache) {
    Optional<String> filename = reader.requiredText("filename", "add `filename: plan.ics`");
    if (filename.isPresent() && !filename.get().matches("[A-Za-z0-9_-]+\\.ics")) {
      reader.error("filename", "`filename` must be a simple file name ending in .ics", filename.get(), "");
      return Optional.empty();
    }
    Optional<String> table = reader.requiredText("table", "name the table question whose rows are weekdays");
    Optional<String> summary = reader.requiredText("summary", "write the event title, such as `当番：{{first}}`");
    if (table.isEmpty() || summary.isEmpty() || filename.isEmpty()) {
      return Optional.empty();
    }
    Field field = reading.fields.get(table.get());
    if (field == null || field.type() != FieldType.TABLE) {
      reader.error("table", "there is no table question `" + table.get() + "`", table.get(),
          Suggestions.didYouMean(table.get(), reading.fields.keySet(), "name a question of `type: table`"));
      return Optional.empty();
    }
    if (field.rows().isEmpty() || !field.rows().stream().allMatch(r -> WEEKDAYS.contains(r.value()))) {
      reader.error("table", "the rows of `" + table.get() + "` must be weekdays", table.get(),
          "give the table fixed `rows:` with the values MO, TU, WE, TH, FR, SA or SU");
      return Optional.empty();
    }
    mustache.check("result `" + id + "`", (YamlValue.Scalar) reader.value("summary").orElseThrow(),
        rowNames(field), Map.of());
    return Optional.of(new WorksheetResult.Calendar(id, title, filename.get(), table.get(), summary.get()));
  }

  /** The names a result template can use at its top level; see docs/worksheets.md. */
  private static Set<String> names(Reading reading) {
    Set<String> names = new LinkedHashSet<>();
    for (Field field : reading.fields.values()) {
      names.add(field.id());
      optionNames(field, names);
      if (field.type() == FieldType.CHECKLIST) {
        names.add(field.id() + "_todo");
      }
      if (field.type() == FieldType.YESNO) {
        names.add(field.id() + "_text");
      }
    }
    return names;
  }

  private static Map<String, Set<String>> lists(Reading reading) {
    Map<String, Set<String>> lists = new HashMap<>();
    reading.fields.values().stream()
        .filter(f -> f.type() == FieldType.TABLE)
        .forEach(f -> lists.put(f.id(), rowNames(f)));
    return lists;
  }

  /** Inside a table's section: its columns, their option flags, and the fixed row's label. */
  private static Set<String> rowNames(Field table) {
    Set<String> names = new LinkedHashSet<>();
    names.add("row");
    for (Field column : table.columns()) {
      names.add(column.id());
      optionNames(column, names);
      if (column.type() == FieldType.YESNO) {
        names.add(column.id() + "_text");
      }
    }
    return names;
  }

  private static void optionNames(Field field, Set<String> names) {
    field.options().forEach(option -> names.add(field.id() + "_" + option.value()));
  }
}
