package org.keeptrack.parse;

import static org.keeptrack.parse.WorksheetReading.ID_HINT;
import static org.keeptrack.parse.WorksheetReading.idUsed;
import static org.keeptrack.parse.WorksheetReading.oneOf;
import static org.keeptrack.parse.WorksheetReading.simpleName;
import static org.keeptrack.parse.WorksheetReading.wholeNumber;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Condition;
import org.keeptrack.model.Worksheet.DateOffset;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.Worksheet.Option;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlValue;

/**
 * Reads one question of a worksheet, or one column of a table question. What names other questions
 * ({@code showIf}, a computed date's {@code from}) is checked later by {@link WorksheetChecks}.
 */
final class FieldReader {

  static final Text FIELD = Text.of("worksheet field", "ワークシートの質問");
  static final Text FIELD_ENTRY_HINT =
      Text.of("write `- id: …`, `type: …`, `label: …`", "`- id: …`、`type: …`、`label: …` を書きます");
  private static final Set<String> KEYS =
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
  private static final Text COLUMN = Text.of("table column", "表の列");
  private static final Text OPTION = Text.of("option", "選択肢");
  private static final Text SHOW_IF = Text.name("showIf");
  private static final Text OPTION_HINT =
      Text.of("write `- {value: a, label: …}`", "`- {value: a, label: …}` の形で書きます");
  private static final Pattern OFFSET =
      Pattern.compile("([+-]?)\\s*(\\d{1,3})\\s*(day|week|month)s?");

  private final WorksheetReading reading;

  FieldReader(WorksheetReading reading) {
    this.reading = reading;
  }

  /** A question of a section. */
  Optional<Field> question(MappingReader reader) {
    reader.rejectUnknown(KEYS);
    Optional<String> id = reading.id(reader);
    Optional<String> label = label(reader);
    Optional<FieldType> type = type(reader, false);
    List<Option> options = options(reader, type);
    for (FieldType other : FieldType.values()) {
      if (type.orElse(null) != other) {
        onlyFor(reader, other, other.ownKeys());
      }
    }
    List<Option> rows = options(reader, "rows");
    int minRows = reader.integer("minRows", wholeNumber("minRows: 3")).orElse(0L).intValue();
    List<Field> columns = type.equals(Optional.of(FieldType.TABLE)) ? columns(reader) : List.of();
    DateOffset offset = null;
    if (type.equals(Optional.of(FieldType.COMPUTED_DATE))) {
      offset = dateOffset(reader).orElse(null);
      if (reader.bool("required").orElse(false)) {
        reader.error(
            "required",
            Text.of(
                "a computed date is never typed in, so it cannot be required",
                "計算される日付は読者が入力しないので、必須にはできません"),
            "",
            Text.of("make its `from` question required instead", "代わりに `from` の質問を必須にします"));
      }
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
    Condition condition = condition(reader).orElse(null);
    String score = reader.text("score").orElse("");
    if (!score.isEmpty() && type.isPresent() && type.get() != FieldType.YESNO) {
      reader.error(
          "score",
          Text.of(
              "only a `yesno` question can count towards a score", "スコアに数えられるのは `yesno` の質問だけです"),
          "",
          Text.NONE);
    }
    String help = reading.html(reader, "help");
    if (id.isEmpty() || label.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Field(
            id.get(),
            type.get(),
            label.get(),
            help,
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
            reader.mapping().position()));
  }

  /** A column of a table: one value per cell, so only the kinds that fit in a cell. */
  private Optional<Field> column(MappingReader reader) {
    reader.rejectUnknown(COLUMN_KEYS);
    Optional<String> id = reading.id(reader);
    Optional<String> label = label(reader);
    Optional<FieldType> type = type(reader, true);
    List<Option> options = options(reader, type);
    if (id.isEmpty() || label.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Field.column(id.get(), type.get(), label.get(), options, reader.mapping().position()));
  }

  private static Optional<String> label(MappingReader reader) {
    return reader.requiredText(
        "label",
        Text.of(
            "add `label: …`, the question as the reader sees it", "読者に見せる問いを `label: …` で書きます"));
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

  /** The choices of a question, which a kind with options needs and any other kind refuses. */
  private List<Option> options(MappingReader reader, Optional<FieldType> type) {
    List<Option> options = options(reader, "options");
    boolean written = reader.value("options").isPresent();
    if (type.isPresent() && type.get().hasOptions() && options.isEmpty() && !written) {
      reader.error(
          "type",
          Text.of("a `%s` question needs `options:`", "`%s` の質問には `options:` が必要です")
              .formatted(type.get().yamlName()),
          "",
          Text.of(
              "list the choices as `- {value: a, label: …}`",
              "選択肢を `- {value: a, label: …}` の形で並べます"));
    } else if (type.isPresent() && !type.get().hasOptions() && written) {
      reader.error(
          "options",
          Text.of("a `%s` question takes no `options:`", "`%s` の質問には `options:` を書けません")
              .formatted(type.get().yamlName()),
          "",
          Text.of(
              "use `radio`, `select`, `checkboxes` or `checklist` for choices",
              "選択式には `radio`、`select`、`checkboxes`、`checklist` を使います"));
    }
    return options;
  }

  // The Japanese owner starts with a space: 「`rows` を書けるのは `table` の質問だけです」.
  private static void onlyFor(MappingReader reader, FieldType type, List<String> keys) {
    onlyFor(reader, Text.of("a `%1$s` question", " `%1$s` の質問").formatted(type.yamlName()), keys);
  }

  static void onlyFor(MappingReader reader, Text owner, List<String> keys) {
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
  private Optional<DateOffset> dateOffset(MappingReader reader) {
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
    DateOffset.Unit unit = DateOffset.Unit.valueOf(offset.group(3).toUpperCase(Locale.ROOT));
    return from.map(f -> new DateOffset(f, amount, unit, reader.positionOf("from")));
  }

  /** A list of choices under {@code key} ({@code options}, or a table's fixed {@code rows}). */
  private List<Option> options(MappingReader reader, String key) {
    List<Option> options = new ArrayList<>();
    Set<String> values = new LinkedHashSet<>();
    for (YamlValue item : reader.list(key, OPTION_HINT)) {
      Optional<MappingReader> read =
          MappingReader.of(item, OPTION, reading.diagnostics, OPTION_HINT);
      if (read.isEmpty()) {
        continue;
      }
      MappingReader option = read.get();
      option.rejectUnknown(Set.of("value", "label"));
      Optional<String> value =
          option.requiredText(
              "value", Text.of("add `value: …`; %s", "`value: …` を加えます。%s").formatted(ID_HINT));
      Optional<String> label =
          option.requiredText(
              "label",
              Text.of("add `label: …`, what the reader sees", "読者に見せる文を `label: …` で書きます"));
      if (value.isPresent() && !value.get().matches("[A-Za-z0-9_]+")) {
        option.error("value", simpleName("value"), value.get(), ID_HINT);
      } else if (value.isPresent() && !values.add(value.get())) {
        option.error(
            "value",
            Text.of("the value `%s` is listed twice", "値 `%s` が二度書かれています").formatted(value.get()),
            value.get(),
            Text.of("values must be unique", "値は一つずつ別にします"));
      } else if (value.isPresent() && label.isPresent()) {
        options.add(new Option(value.get(), label.get()));
      }
    }
    return options;
  }

  private List<Field> columns(MappingReader reader) {
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
      MappingReader.of(value, COLUMN, reading.diagnostics, FIELD_ENTRY_HINT)
          .flatMap(this::column)
          .ifPresent(
              column -> {
                if (!ids.add(column.id())) {
                  reading.diagnostics.error(
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

  private Optional<Condition> condition(MappingReader reader) {
    Optional<YamlValue> value = reader.value("showIf");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return MappingReader.of(
            value.get(),
            SHOW_IF,
            reading.diagnostics,
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
              return field.flatMap(
                  f -> equals.map(e -> new Condition(f, e, condition.positionOf("field"))));
            });
  }
}
