package org.keeptrack.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
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
  private static final Set<String> FIELD_KEYS =
      Set.of(
          "id",
          "type",
          "label",
          "help",
          "example",
          "placeholder",
          "required",
          "options",
          "columns",
          "rows",
          "minRows",
          "lines",
          "showIf",
          "score",
          "from",
          "offset");
  private static final Set<String> COLUMN_KEYS = Set.of("id", "type", "label", "options");
  private static final Set<String> RESULT_KEYS =
      Set.of(
          "id",
          "type",
          "title",
          "template",
          "filename",
          "table",
          "summary",
          "dates",
          "outcomes",
          "none");
  private static final Set<String> OUTCOME_KEYS = Set.of("id", "title", "text", "page");
  private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final String ID = "[a-z][a-z0-9_]*";
  private static final Pattern OFFSET =
      Pattern.compile("([+-]?)\\s*(\\d{1,3})\\s*(day|week|month)s?");
  private static final Text ID_HINT =
      Text.of(
          "use lower-case letters, digits and `_`, starting with a letter",
          "英小文字・数字・`_` で、英小文字から始めます");
  private static final Text WORKSHEET = Text.of("worksheet", "ワークシート");
  private static final Text SECTION = Text.of("worksheet section", "ワークシートのセクション");
  private static final Text RESULT = Text.of("worksheet result", "ワークシートの結果");
  private static final Text FIELD = Text.of("worksheet field", "ワークシートの質問");
  private static final Text COLUMN = Text.of("table column", "表の列");
  private static final Text OPTION = Text.of("option", "選択肢");
  private static final Text SHOW_IF = Text.name("showIf");
  private static final Text OUTCOME = Text.of("score outcome", "スコアの結果");
  private static final Text FIELD_ENTRY_HINT =
      Text.of("write `- id: …`, `type: …`, `label: …`", "`- id: …`、`type: …`、`label: …` を書きます");
  private static final Text OPTION_HINT =
      Text.of("write `- {value: a, label: …}`", "`- {value: a, label: …}` の形で書きます");
  private static final Text TITLE_HINT = Text.of("add `title: …`", "`title: …` を加えます");

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

    /** Computed dates by id, with where their {@code from} is written. */
    final Map<String, SourcePosition> dateSources = new LinkedHashMap<>();

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
      MarkdownConverter.Converted converted =
          markdown.convert(where, text.get(), start.line(), diagnostics);
      links.addAll(converted.links());
      return converted.html();
    }
  }

  public Optional<Page> parse(SourceFile source) {
    Reading reading = new Reading(source);
    return new YamlReader(diagnostics)
        .read(reading.where, source.text(), 1)
        .flatMap(
            v ->
                MappingReader.of(
                    v, WORKSHEET, diagnostics, Text.of("start with `id: …`", "`id: …` から書き始めます")))
        .flatMap(reader -> worksheet(source, reader, reading));
  }

  private Optional<Page> worksheet(SourceFile source, MappingReader sheet, Reading reading) {
    sheet.rejectUnknown(KEYS);
    Optional<String> id = id(sheet);
    Optional<String> title =
        sheet.requiredText(
            "title",
            Text.of("add `title: …`, the worksheet's name", "ワークシートの名前を `title: …` で書きます"));
    int version = sheet.integer("version", wholeNumber("version: 2")).orElse(1L).intValue();
    String description = sheet.text("description").orElse("");
    int order = sheet.integer("order", wholeNumber("order: 2")).orElse(0L).intValue();
    boolean draft = sheet.bool("draft").orElse(false);
    String introHtml = reading.html(sheet, "intro");
    Optional<String> page = pageLink(sheet, "page", reading);

    List<Section> sections = new ArrayList<>();
    List<YamlValue> sectionValues =
        sheet.list(
            "sections",
            Text.of("list the sections with `- title: …`", "セクションを `- title: …` で並べます"));
    if (sheet.hasNoItems("sections")) {
      sheet.error(
          "sections",
          Text.of(
              "a worksheet needs at least one section with questions", "質問の入ったセクションが少なくとも一つ必要です"),
          "",
          Text.of("add `sections:`", "`sections:` を加えます"));
    }
    for (YamlValue value : sectionValues) {
      MappingReader.of(
              value,
              SECTION,
              diagnostics,
              Text.of("write `- title: …` and `fields:`", "`- title: …` と `fields:` を書きます"))
          .flatMap(reader -> section(reader, reading))
          .ifPresent(sections::add);
    }
    List<WorksheetResult> results = new ArrayList<>();
    Set<String> resultIds = new LinkedHashSet<>();
    for (YamlValue value :
        sheet.list("results", Text.of("list the results with `- id: …`", "結果を `- id: …` で並べます"))) {
      MappingReader.of(
              value,
              RESULT,
              diagnostics,
              Text.of("write `- id: …` and `type: …`", "`- id: …` と `type: …` を書きます"))
          .flatMap(reader -> result(reader, reading, resultIds))
          .ifPresent(results::add);
    }
    checkConditions(reading);
    checkConditionCycles(reading);
    checkDateSources(reading);
    checkScores(reading, results);

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

  private Optional<String> id(MappingReader reader) {
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
  private Optional<String> pageLink(MappingReader reader, String key, Reading reading) {
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
    reading.links.add(new Link(target.get(), false, reader.positionOf(key)));
    Optional<String> resolved = link.resolveFrom(reading.source);
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

  private Optional<Section> section(MappingReader reader, Reading reading) {
    reader.rejectUnknown(SECTION_KEYS);
    Optional<String> title =
        reader.requiredText(
            "title", Text.of("give the section a `title:`", "セクションに `title:` を付けてください"));
    String intro = reading.html(reader, "intro");
    List<Field> fields = new ArrayList<>();
    List<YamlValue> values =
        reader.list("fields", Text.of("list the questions with `- id: …`", "質問を `- id: …` で並べます"));
    if (reader.hasNoItems("fields")) {
      reader.error(
          "fields",
          Text.of(
              "a section needs at least one question in `fields:`",
              "セクションの `fields:` には質問が少なくとも一つ必要です"),
          "",
          Text.NONE);
    }
    for (YamlValue value : values) {
      MappingReader.of(value, FIELD, diagnostics, FIELD_ENTRY_HINT)
          .flatMap(field -> field(field, reading, false))
          .ifPresent(
              field -> {
                Field earlier = reading.fields.putIfAbsent(field.id(), field);
                if (earlier != null) {
                  diagnostics.error(
                      field.position(),
                      idUsed(field.id()).after(FIELD),
                      field.id(),
                      Text.of(
                              "it is used at line %d; ids must be unique in a worksheet",
                              "%d 行目で使われています。id はワークシートの中で一つずつ別にします")
                          .formatted(earlier.position().line()));
                } else {
                  fields.add(field);
                }
              });
    }
    return title.map(t -> new Section(t, intro, fields));
  }

  private Optional<Field> field(MappingReader reader, Reading reading, boolean column) {
    reader.rejectUnknown(column ? COLUMN_KEYS : FIELD_KEYS);
    Optional<String> id = id(reader);
    Optional<String> label =
        reader.requiredText(
            "label",
            Text.of(
                "add `label: …`, the question as the reader sees it",
                "読者に見せる問いを `label: …` で書きます"));
    Optional<FieldType> type = type(reader, column);
    List<Option> options = options(reader, "options");
    if (type.isPresent()
        && type.get().hasOptions()
        && options.isEmpty()
        && reader.value("options").isEmpty()) {
      reader.error(
          "type",
          Text.of("a `%s` question needs `options:`", "`%s` の質問には `options:` が必要です")
              .formatted(type.get().yamlName()),
          "",
          Text.of(
              "list the choices as `- {value: a, label: …}`",
              "選択肢を `- {value: a, label: …}` の形で並べます"));
    } else if (type.isPresent()
        && !type.get().hasOptions()
        && reader.value("options").isPresent()) {
      reader.error(
          "options",
          Text.of("a `%s` question takes no `options:`", "`%s` の質問には `options:` を書けません")
              .formatted(type.get().yamlName()),
          "",
          Text.of(
              "use `radio`, `select`, `checkboxes` or `checklist` for choices",
              "選択式には `radio`、`select`、`checkboxes`、`checklist` を使います"));
    }
    if (column) {
      return id.flatMap(
          i ->
              label.flatMap(
                  l ->
                      type.map(
                          t ->
                              new Field(
                                  i,
                                  t,
                                  l,
                                  "",
                                  "",
                                  "",
                                  false,
                                  options,
                                  List.of(),
                                  List.of(),
                                  0,
                                  1,
                                  null,
                                  "",
                                  null,
                                  reader.mapping().position()))));
    }
    List<Field> columns = new ArrayList<>();
    List<Option> rows = options(reader, "rows");
    int minRows = reader.integer("minRows", wholeNumber("minRows: 3")).orElse(0L).intValue();
    if (type.isPresent() && type.get() == FieldType.TABLE) {
      columns = columns(reader, reading);
    } else {
      onlyFor(reader, FieldType.TABLE, "columns", "rows", "minRows");
    }
    Worksheet.DateOffset offset = null;
    if (type.isPresent() && type.get() == FieldType.COMPUTED_DATE) {
      offset = dateOffset(reader, reading, id.orElse("")).orElse(null);
      if (reader.bool("required").orElse(false)) {
        reader.error(
            "required",
            Text.of(
                "a computed date is never typed in, so it cannot be required",
                "計算される日付は読者が入力しないので、必須にはできません"),
            "",
            Text.of("make its `from` question required instead", "代わりに `from` の質問を必須にします"));
      }
    } else {
      onlyFor(reader, FieldType.COMPUTED_DATE, "from", "offset");
    }
    int lines =
        reader
            .integer(
                "lines",
                Text.of(
                    "write how many lines to print, such as `lines: 3`",
                    "印刷するときの行数を `lines: 3` のように書きます"))
            .orElse(type.map(t -> t == FieldType.TEXTAREA ? 4L : 1L).orElse(1L))
            .intValue();
    Condition condition = condition(reader, reading).orElse(null);
    String score = reader.text("score").orElse("");
    if (!score.isEmpty() && type.isPresent() && type.get() != FieldType.YESNO) {
      reader.error(
          "score",
          Text.of(
              "only a `yesno` question can count towards a score", "スコアに数えられるのは `yesno` の質問だけです"),
          "",
          Text.NONE);
    }
    Field field =
        new Field(
            id.orElse(""),
            type.orElse(FieldType.TEXT),
            label.orElse(""),
            reading.html(reader, "help"),
            reader.text("example").orElse(""),
            reader.text("placeholder").orElse(""),
            reader.bool("required").orElse(false),
            options,
            columns,
            rows,
            minRows,
            lines,
            condition,
            score,
            offset,
            reader.mapping().position());
    if (id.isEmpty() || label.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(field);
  }

  private Optional<FieldType> type(MappingReader reader, boolean column) {
    Text typeNames = oneOf(String.join(", ", FieldType.names()));
    Optional<String> name =
        reader.requiredText(
            "type", Text.of("add `type: …`, %s", "`type: …` を加えます。%s").formatted(typeNames));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldType> type = FieldType.of(name.get());
    if (type.isEmpty()) {
      reader.error(
          "type",
          Text.of("unknown question type `%s`", "`%s` という質問の種類はありません").formatted(name.get()),
          name.get(),
          Suggestions.didYouMean(name.get(), FieldType.names(), typeNames));
    } else if (column && !type.get().fitsInTable()) {
      reader.error(
          "type",
          Text.of("a table column cannot be of type `%s`", "表の列に `%s` は使えません")
              .formatted(name.get()),
          name.get(),
          oneOf("text, number, date, time, select, yesno"));
      return Optional.empty();
    }
    return type;
  }

  // The Japanese owner starts with a space: 「`rows` を書けるのは `table` の質問だけです」.
  private static void onlyFor(MappingReader reader, FieldType type, String... keys) {
    onlyFor(reader, Text.of("a `%1$s` question", " `%1$s` の質問").formatted(type.yamlName()), keys);
  }

  private static void onlyFor(MappingReader reader, Text owner, String... keys) {
    for (String key : keys) {
      if (reader.value(key).isPresent()) {
        reader.error(
            key,
            Text.of("only %1$s takes `%2$s`", "`%2$s` を書けるのは%1$sだけです").formatted(owner, key),
            "",
            Text.NONE);
      }
    }
  }

  /** Reads {@code from} and {@code offset}; whether {@code from} names a date is checked later. */
  private Optional<Worksheet.DateOffset> dateOffset(
      MappingReader reader, Reading reading, String id) {
    Optional<String> from =
        reader.requiredText(
            "from",
            Text.of(
                "name the date question it is computed from, such as `from: return_date`",
                "もとにする日付の質問の id を `from: return_date` のように書きます"));
    Text offsetHint =
        Text.of(
            "write days, weeks or months before (-) or after it, such as `offset: -2 weeks`"
                + " or `offset: 1 month`",
            "前（-）または後の日数・週数・月数を `offset: -2 weeks` や `offset: 1 month` のように書きます");
    Optional<String> written = reader.requiredText("offset", offsetHint);
    from.ifPresent(f -> reading.dateSources.put(id, reader.positionOf("from")));
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Matcher offset = OFFSET.matcher(written.get().trim());
    if (!offset.matches()) {
      reader.error(
          "offset",
          Text.of(
              "`offset` is not a number of days, weeks or months", "`offset` が日数・週数・月数になっていません"),
          written.get(),
          offsetHint);
      return Optional.empty();
    }
    int amount = Integer.parseInt(offset.group(2)) * (offset.group(1).equals("-") ? -1 : 1);
    Worksheet.DateOffset.Unit unit =
        Worksheet.DateOffset.Unit.valueOf(offset.group(3).toUpperCase(Locale.ROOT));
    return from.map(f -> new Worksheet.DateOffset(f, amount, unit));
  }

  /** A computed date needs an answer to count from, so {@code from} must name a date question. */
  private void checkDateSources(Reading reading) {
    reading.dateSources.forEach(
        (id, at) -> {
          Field field = reading.fields.get(id);
          if (field == null || field.offset() == null) {
            return;
          }
          String from = field.offset().from();
          Field source = reading.fields.get(from);
          if (source == null) {
            diagnostics.error(
                at,
                Text.of("there is no question `%s`", "`%s` という質問はありません")
                    .formatted(from)
                    .after(FIELD),
                from,
                Suggestions.didYouMean(
                    from,
                    reading.fields.values().stream()
                        .filter(f -> f.type() == FieldType.DATE)
                        .map(Field::id)
                        .toList(),
                    Text.of("name a question of `type: date`", "`type: date` の質問の id を書きます")));
          } else if (source.type() != FieldType.DATE) {
            diagnostics.error(
                at,
                Text.of(
                        "`%s` is a %s question; a computed date counts from a `date` question",
                        "`%s` は %s の質問です。計算される日付のもとにできるのは `date` の質問です")
                    .formatted(from, source.type().yamlName())
                    .after(FIELD),
                from,
                Text.of("name a question of `type: date`", "`type: date` の質問の id を書きます"));
          }
        });
  }

  private List<Option> options(MappingReader reader, String key) {
    List<Option> options = new ArrayList<>();
    Set<String> values = new LinkedHashSet<>();
    for (YamlValue item : reader.list(key, OPTION_HINT)) {
      Optional<MappingReader> option = MappingReader.of(item, OPTION, diagnostics, OPTION_HINT);
      if (option.isEmpty()) {
        continue;
      }
      option.get().rejectUnknown(Set.of("value", "label"));
      Optional<String> value =
          option
              .get()
              .requiredText(
                  "value", Text.of("add `value: …`; %s", "`value: …` を加えます。%s").formatted(ID_HINT));
      Optional<String> label =
          option
              .get()
              .requiredText(
                  "label",
                  Text.of("add `label: …`, what the reader sees", "読者に見せる文を `label: …` で書きます"));
      if (value.isPresent() && !value.get().matches("[A-Za-z0-9_]+")) {
        option.get().error("value", simpleName("value"), value.get(), ID_HINT);
      } else if (value.isPresent() && !values.add(value.get())) {
        option
            .get()
            .error(
                "value",
                Text.of("the value `%s` is listed twice", "値 `%s` が二度書かれています")
                    .formatted(value.get()),
                value.get(),
                Text.of("values must be unique", "値は一つずつ別にします"));
      } else if (value.isPresent() && label.isPresent()) {
        options.add(new Option(value.get(), label.get()));
      }
    }
    return options;
  }

  private List<Field> columns(MappingReader reader, Reading reading) {
    List<Field> columns = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    List<YamlValue> values =
        reader.list("columns", Text.of("list the columns with `- id: …`", "列を `- id: …` で並べます"));
    if (reader.hasNoItems("columns")) {
      reader.error(
          "type",
          Text.of("a `table` question needs `columns:`", "`table` の質問には `columns:` が必要です"),
          "",
          Text.of(
              "list the columns as `- {id: task, type: text, label: …}`",
              "列を `- {id: task, type: text, label: …}` の形で並べます"));
    }
    for (YamlValue value : values) {
      MappingReader.of(value, COLUMN, diagnostics, FIELD_ENTRY_HINT)
          .flatMap(column -> field(column, reading, true))
          .ifPresent(
              column -> {
                if (!ids.add(column.id())) {
                  diagnostics.error(
                      column.position(),
                      idUsed(column.id()).after(COLUMN),
                      column.id(),
                      Text.of("column ids must be unique in a table", "列の id は表の中で一つずつ別にします"));
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
    return MappingReader.of(
            value.get(),
            SHOW_IF,
            diagnostics,
            Text.of(
                "write `showIf: {field: id, equals: value}`",
                "`showIf: {field: id, equals: value}` の形で書きます"))
        .flatMap(
            condition -> {
              condition.rejectUnknown(Set.of("field", "equals"));
              Optional<String> field =
                  condition.requiredText(
                      "field", Text.of("name the question it depends on", "条件にする質問の id を書きます"));
              Optional<String> equals =
                  condition.requiredText(
                      "equals",
                      Text.of("give the value that shows this question", "この質問を表示するときの値を書きます"));
              if (field.isPresent() && equals.isPresent()) {
                reading.conditions.put(
                    field.get() + "=" + equals.get(), condition.positionOf("field"));
              }
              return field.flatMap(f -> equals.map(e -> new Condition(f, e)));
            });
  }

  /**
   * A question shown only when another is answered, which is shown only when the first one is, can
   * never appear: the worksheet's script would go round in circles.
   */
  private void checkConditionCycles(Reading reading) {
    for (Field start : reading.fields.values()) {
      List<String> chain = new ArrayList<>(List.of(start.id()));
      Field at = start;
      while (at != null && at.showIf() != null && chain.size() <= reading.fields.size()) {
        String next = at.showIf().field();
        chain.add(next);
        if (next.equals(start.id())) {
          Condition condition = start.showIf();
          diagnostics.error(
              reading.conditions.getOrDefault(
                  condition.field() + "=" + condition.equals(), start.position()),
              Text.of(
                      "the question `%s` depends on itself through its conditions (%s)",
                      "質問 `%s` の条件をたどると、自分自身に戻ってしまいます（%s）")
                  .formatted(start.id(), String.join(" → ", chain))
                  .after(SHOW_IF),
              start.id(),
              Text.of("remove one of the conditions in the circle", "この輪の中の条件のどれかを外してください"));
          break;
        }
        at = reading.fields.get(next);
      }
    }
  }

  /** Conditions may name later questions, so they are checked once every question is known. */
  private void checkConditions(Reading reading) {
    reading.conditions.forEach(
        (key, at) -> {
          String name = key.substring(0, key.indexOf('='));
          String value = key.substring(key.indexOf('=') + 1);
          Field field = reading.fields.get(name);
          if (field == null) {
            diagnostics.error(
                at,
                Text.of("there is no question `%s`", "`%s` という質問はありません")
                    .formatted(name)
                    .after(SHOW_IF),
                name,
                Suggestions.didYouMean(
                    name,
                    reading.fields.keySet(),
                    Text.of(
                        "name the id of a question of this worksheet", "このワークシートにある質問の id を書きます")));
            return;
          }
          List<String> allowed =
              switch (field.type()) {
                case YESNO -> List.of("yes", "no");
                case RADIO, SELECT, CHECKBOXES, CHECKLIST ->
                    field.options().stream().map(Option::value).toList();
                default -> List.of();
              };
          if (allowed.isEmpty()) {
            diagnostics.error(
                at,
                Text.of(
                        "`%s` is a %s question; a condition needs a choice or yes/no question",
                        "`%s` は %s の質問です。条件にできるのは選択式か yes/no の質問です")
                    .formatted(name, field.type().yamlName())
                    .after(SHOW_IF),
                name,
                Text.NONE);
          } else if (!allowed.contains(value)) {
            diagnostics.error(
                at,
                Text.of("`%s` has no value `%s`", "`%s` に `%s` という値はありません")
                    .formatted(name, value)
                    .after(SHOW_IF),
                value,
                Text.of("its values are %s", "値は %s です").formatted(String.join(", ", allowed)));
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
        diagnostics.error(
            field.position(),
            Text.of(
                    "`score: %s` names no outcome of a score result",
                    "`score: %s` に当たるスコアの結果（outcome）がありません")
                .formatted(field.score())
                .after(FIELD),
            field.score(),
            Suggestions.didYouMean(
                field.score(),
                outcomes,
                outcomes.isEmpty()
                    ? Text.of(
                        "add a result of `type: score` with `outcomes:`",
                        "`type: score` の結果を `outcomes:` 付きで加えます")
                    : Text.of("the outcomes are %s", "結果は %s です")
                        .formatted(String.join(", ", outcomes))));
      }
    }
  }

  private Optional<WorksheetResult> result(MappingReader reader, Reading reading, Set<String> ids) {
    reader.rejectUnknown(RESULT_KEYS);
    Optional<String> id = id(reader);
    if (id.isPresent() && !ids.add(id.get())) {
      reader.error(
          "id",
          idUsed(id.get()),
          id.get(),
          Text.of("result ids must be unique", "結果の id は一つずつ別にします"));
    }
    Optional<String> title = reader.requiredText("title", TITLE_HINT);
    Optional<String> type =
        reader.requiredText(
            "type",
            Text.of(
                "add `type: text`, `calendar` or `score`",
                "`type:` に text、calendar、score のどれかを書きます"));
    if (id.isEmpty() || title.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    MustacheChecker mustache = new MustacheChecker(diagnostics);
    switch (type.get()) {
      case "text" -> {
        Optional<String> template =
            reader.requiredText(
                "template",
                Text.of(
                    "write the text with {{question_id}} where answers go",
                    "回答を入れる場所に {{質問のid}} を置いて文を書きます"));
        template.ifPresent(
            t ->
                mustache.check(
                    resultSubject(id.get()),
                    (YamlValue.Scalar) reader.value("template").orElseThrow(),
                    names(reading),
                    lists(reading)));
        return template.map(t -> new WorksheetResult.Text(id.get(), title.get(), t));
      }
      case "calendar" -> {
        return calendar(reader, reading, id.get(), title.get(), mustache);
      }
      case "score" -> {
        List<WorksheetResult.Outcome> outcomes = new ArrayList<>();
        for (YamlValue value :
            reader.list("outcomes", Text.of("list them with `- id: …`", "`- id: …` で並べます"))) {
          MappingReader.of(
                  value,
                  OUTCOME,
                  diagnostics,
                  Text.of(
                      "write `- id: …`, `title: …`, `text: …`, `page: …`",
                      "`- id: …`、`title: …`、`text: …`、`page: …` を書きます"))
              .flatMap(
                  outcome -> {
                    outcome.rejectUnknown(OUTCOME_KEYS);
                    Optional<String> oid = id(outcome);
                    Optional<String> otitle = outcome.requiredText("title", TITLE_HINT);
                    String text = outcome.text("text").orElse("");
                    Optional<String> href = pageLink(outcome, "page", reading);
                    return oid.flatMap(
                        i ->
                            otitle.flatMap(
                                t -> href.map(h -> new WorksheetResult.Outcome(i, t, text, h))));
                  })
              .ifPresent(outcomes::add);
        }
        if (reader.hasNoItems("outcomes")) {
          reader.error(
              "outcomes",
              Text.of("a score needs `outcomes:`", "score には `outcomes:` が必要です"),
              "",
              Text.of("list what the answers can point to", "回答から導く結果を並べます"));
        }
        if (outcomes.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(
            new WorksheetResult.Score(
                id.get(), title.get(), outcomes, reader.text("none").orElse("")));
      }
      default -> {
        reader.error(
            "type",
            Text.of("unknown result type `%s`", "`%s` という結果の種類はありません").formatted(type.get()),
            type.get(),
            Suggestions.didYouMean(
                type.get(), List.of("text", "calendar", "score"), oneOf("text, calendar, score")));
        return Optional.empty();
      }
    }
  }

  private Optional<WorksheetResult> calendar(
      MappingReader reader, Reading reading, String id, String title, MustacheChecker mustache) {
    Optional<String> filename =
        reader.requiredText(
            "filename", Text.of("add `filename: plan.ics`", "`filename: plan.ics` を加えます"));
    if (filename.isPresent() && !filename.get().matches("[A-Za-z0-9_-]+\\.ics")) {
      reader.error(
          "filename",
          Text.of(
              "`filename` must be a simple file name ending in .ics",
              "`filename` は .ics で終わる簡単なファイル名にします"),
          filename.get(),
          Text.of("for example `filename: plan.ics`", "例: `filename: plan.ics`"));
      return Optional.empty();
    }
    if (reader.value("dates").isPresent()) {
      onlyFor(reader, Text.of("a calendar of a weekday table", "曜日の表のカレンダー"), "table", "summary");
      List<String> dates = calendarDates(reader, reading);
      return filename.isEmpty() || dates.isEmpty()
          ? Optional.empty()
          : Optional.of(new WorksheetResult.Calendar(id, title, filename.get(), "", "", dates));
    }
    Optional<String> table =
        reader.requiredText(
            "table",
            Text.of(
                "name the table question whose rows are weekdays, or list date questions in"
                    + " `dates:`",
                "行が曜日になっている表の質問の id を書くか、日付の質問を `dates:` に並べます"));
    Optional<String> summary =
        reader.requiredText(
            "summary",
            Text.of(
                "write the event title, such as `当番：{{first}}`", "予定の題を `当番：{{first}}` のように書きます"));
    if (table.isEmpty() || summary.isEmpty() || filename.isEmpty()) {
      return Optional.empty();
    }
    Field field = reading.fields.get(table.get());
    if (field == null || field.type() != FieldType.TABLE) {
      reader.error(
          "table",
          Text.of("there is no table question `%s`", "`%s` という表の質問はありません").formatted(table.get()),
          table.get(),
          Suggestions.didYouMean(
              table.get(),
              reading.fields.keySet(),
              Text.of("name a question of `type: table`", "`type: table` の質問の id を書きます")));
      return Optional.empty();
    }
    if (field.rows().isEmpty()
        || !field.rows().stream().allMatch(r -> WEEKDAYS.contains(r.value()))) {
      reader.error(
          "table",
          Text.of("the rows of `%s` must be weekdays", "`%s` の行は曜日にします").formatted(table.get()),
          table.get(),
          Text.of(
              "give the table fixed `rows:` with the values MO, TU, WE, TH, FR, SA or SU",
              "表に `rows:` を書き、値を MO、TU、WE、TH、FR、SA、SU のどれかにします"));
      return Optional.empty();
    }
    mustache.check(
        resultSubject(id),
        (YamlValue.Scalar) reader.value("summary").orElseThrow(),
        rowNames(field),
        Map.of());
    return Optional.of(
        new WorksheetResult.Calendar(
            id, title, filename.get(), table.get(), summary.get(), List.of()));
  }

  /** The questions of a calendar of dates: each a date or computed date, listed once. */
  private List<String> calendarDates(MappingReader reader, Reading reading) {
    Text hint =
        Text.of(
            "list the ids of `date` or `computed-date` questions, such as `dates: [interview, review]`",
            "`date` か `computed-date` の質問の id を `dates: [interview, review]` のように並べます");
    List<String> dates = new ArrayList<>();
    List<String> candidates =
        reading.fields.values().stream()
            .filter(f -> f.type() == FieldType.DATE || f.type() == FieldType.COMPUTED_DATE)
            .map(Field::id)
            .toList();
    for (YamlValue item : reader.list("dates", hint)) {
      String name =
          item instanceof YamlValue.Scalar s && s.value() instanceof String text ? text : "";
      Field field = reading.fields.get(name);
      if (field == null || !candidates.contains(name)) {
        diagnostics.error(
            item.position(),
            Text.of("there is no date question `%s`", "`%s` という日付の質問はありません")
                .formatted(name)
                .after(RESULT),
            name,
            Suggestions.didYouMean(name, candidates, hint));
      } else if (dates.contains(name)) {
        diagnostics.error(
            item.position(),
            Text.of("`%s` is listed twice", "`%s` が二度書かれています").formatted(name).after(RESULT),
            name,
            Text.of("list each question once", "質問は一度ずつ並べます"));
      } else {
        dates.add(name);
      }
    }
    if (reader.hasNoItems("dates")) {
      reader.error("dates", Text.of("`dates` is empty", "`dates` が空です"), "", hint);
    }
    return dates;
  }

  private static Text wholeNumber(String example) {
    return Text.of("write a whole number such as `%s`", "`%s` のように整数で書きます").formatted(example);
  }

  private static Text simpleName(String key) {
    return Text.of("`%s` must be a simple name", "`%s` は簡単な名前にします").formatted(key);
  }

  private static Text idUsed(String id) {
    return Text.of("the id `%s` is already used", "id `%s` はもう使われています").formatted(id);
  }

  private static Text oneOf(String names) {
    return Text.of("use one of %s", "%s のどれかを使います").formatted(names);
  }

  private static Text resultSubject(String id) {
    return Text.of("result `%s`", "結果 `%s`").formatted(id);
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
