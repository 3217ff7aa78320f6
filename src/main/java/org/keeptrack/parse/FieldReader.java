package org.keeptrack.parse;

import static org.keeptrack.parse.WorksheetReading.ID_HINT;
import static org.keeptrack.parse.WorksheetReading.idUsed;
import static org.keeptrack.parse.WorksheetReading.oneOf;
import static org.keeptrack.parse.WorksheetReading.simpleName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Body;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Condition;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.Worksheet.Option;
import org.keeptrack.model.question.QuestionSource;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlValue;

/**
 * Reads one question of a worksheet, or one column of a table question: the keys every question
 * takes here, its kind's own keys by its kind ({@link FieldType#read}). What names other questions
 * ({@code showIf}, a computed date's {@code from}) is checked later by {@link WorksheetChecks}.
 */
final class FieldReader {

  static final Text FIELD = Message.WORKSHEET_FIELD.text();
  static final Text FIELD_ENTRY_HINT = Message.WORKSHEET_WRITE_ID_TYPE_LABEL.text();

  /** The keys every question takes; each kind adds its own. */
  private static final List<String> COMMON_KEYS =
      List.of(
          "id",
          "type",
          "label",
          "help",
          "example",
          "placeholder",
          "required",
          "options",
          "lines",
          "showIf",
          "score");

  private static final Set<String> KEYS =
      Stream.concat(
              COMMON_KEYS.stream(), FieldType.all().stream().flatMap(t -> t.ownKeys().stream()))
          .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> COLUMN_KEYS = Set.of("id", "type", "label", "options");
  private static final Text COLUMN = Message.WORKSHEET_TABLE_COLUMN.text();
  private static final Text OPTION = Message.WORKSHEET_OPTION.text();
  private static final Text SHOW_IF = Text.name("showIf");
  private static final Text OPTION_HINT = Message.WORKSHEET_WRITE_VALUE_LABEL.text();

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
    List<String> owned = type.map(FieldType::ownKeys).orElse(List.of());
    // A key only other kinds take is reported once, naming every kind that takes it (`unit`).
    Map<String, List<String>> owners = new LinkedHashMap<>();
    for (FieldType other : FieldType.all()) {
      if (type.orElse(null) != other) {
        other.ownKeys().stream()
            .filter(k -> !owned.contains(k))
            .forEach(k -> owners.computeIfAbsent(k, x -> new ArrayList<>()).add(other.yamlName()));
      }
    }
    owners.forEach((key, kinds) -> onlyFor(reader, ownerOf(kinds), List.of(key)));
    FieldType.Settings settings = type.map(t -> t.read(source(reader))).orElse(FieldType.NONE);
    int lines =
        reader
            .integer("lines", Message.WORKSHEET_WRITE_HOW_MANY_LINES_PRINT.text())
            .orElse(type.map(t -> (long) t.defaultLines()).orElse(1L))
            .intValue();
    Condition condition = condition(reader).orElse(null);
    String score = reader.text("score").orElse("");
    if (!score.isEmpty() && type.isPresent() && !type.get().countsTowardsScore()) {
      reader.error(
          "score", Message.WORKSHEET_ONLY_YESNO_QUESTION_COUNT_TOWARDS.text(), "", Text.NONE);
    }
    Body help = reading.html(reader, "help");
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
            lines,
            condition,
            score,
            settings,
            reader.mapping().position()));
  }

  /** The question as its kind reads it: its YAML, and the lists of choices and columns. */
  private QuestionSource source(MappingReader reader) {
    return new QuestionSource() {
      @Override
      public MappingReader yaml() {
        return reader;
      }

      @Override
      public List<Option> options(String key) {
        return FieldReader.this.options(reader, key);
      }

      @Override
      public List<Field> columns(String key) {
        return FieldReader.this.columns(reader, key);
      }
    };
  }

  /**
   * A column of a table: one value per cell, so only the kinds that fit in a cell, with their own
   * keys (a number's unit).
   */
  private Optional<Field> column(MappingReader reader) {
    Optional<FieldType> type = type(reader, true);
    Set<String> keys = new HashSet<>(COLUMN_KEYS);
    type.ifPresent(t -> keys.addAll(t.ownKeys()));
    reader.rejectUnknown(keys);
    Optional<String> id = reading.id(reader);
    Optional<String> label = label(reader);
    List<Option> options = options(reader, type);
    FieldType.Settings settings = type.map(t -> t.read(source(reader))).orElse(FieldType.NONE);
    if (id.isEmpty() || label.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Field.column(
            id.get(), type.get(), label.get(), options, settings, reader.mapping().position()));
  }

  private static Optional<String> label(MappingReader reader) {
    return reader.requiredText("label", Message.WORKSHEET_ADD_LABEL_QUESTION_READER_SEES.text());
  }

  private Optional<FieldType> type(MappingReader reader, boolean column) {
    Text typeNames = oneOf(String.join(", ", FieldType.names()));
    Optional<String> name =
        reader.requiredText("type", Message.WORKSHEET_ADD_TYPE.formatted(typeNames));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldType> type = FieldType.of(name.get());
    if (type.isEmpty()) {
      reader.error(
          "type",
          Message.WORKSHEET_UNKNOWN_QUESTION_TYPE.formatted(name.get()),
          name.get(),
          Suggestions.didYouMean(name.get(), FieldType.names(), typeNames));
    } else if (column && !type.get().fitsInTable()) {
      reader.error(
          "type",
          Message.WORKSHEET_TABLE_COLUMN_CANNOT_TYPE.text().formatted(name.get()),
          name.get(),
          oneOf(
              FieldType.all().stream()
                  .filter(FieldType::fitsInTable)
                  .map(FieldType::yamlName)
                  .collect(Collectors.joining(", "))));
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
          Message.WORKSHEET_QUESTION_NEEDS_OPTIONS.text().formatted(type.get().yamlName()),
          "",
          Message.WORKSHEET_LIST_CHOICES_VALUE_LABEL.text());
    } else if (type.isPresent() && !type.get().hasOptions() && written) {
      reader.error(
          "options",
          Message.WORKSHEET_QUESTION_TAKES_NO_OPTIONS.text().formatted(type.get().yamlName()),
          "",
          Message.WORKSHEET_USE_RADIO_SELECT_CHECKBOXES_CHECKLIST.text());
    }
    return options;
  }

  // The Japanese owner starts with a space: 「`rows` を書けるのは `table` の質問だけです」.
  private static Text ownerOf(List<String> kinds) {
    int last = kinds.size() - 1;
    return last == 0
        ? Message.WORKSHEET_QUESTION_OF_TYPE.formatted(kinds.get(0))
        : Message.WORKSHEET_QUESTION_OF_TYPES.formatted(
            String.join("`, `", kinds.subList(0, last)), kinds.get(last));
  }

  static void onlyFor(MappingReader reader, Text owner, List<String> keys) {
    for (String key : keys) {
      if (reader.value(key).isPresent()) {
        reader.error(key, Message.WORKSHEET_ONLY_TAKES.formatted(owner, key), "", Text.NONE);
      }
    }
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
          option.requiredText("value", Message.WORKSHEET_ADD_VALUE.formatted(ID_HINT));
      Optional<String> label =
          option.requiredText("label", Message.WORKSHEET_ADD_LABEL_WHAT_READER_SEES.text());
      if (value.isPresent() && !value.get().matches("[A-Za-z0-9_]+")) {
        option.error("value", simpleName("value"), value.get(), ID_HINT);
      } else if (value.isPresent() && !values.add(value.get())) {
        option.error(
            "value",
            Message.WORKSHEET_VALUE_LISTED_TWICE.formatted(value.get()),
            value.get(),
            Message.WORKSHEET_VALUES_MUST_UNIQUE.text());
      } else if (value.isPresent() && label.isPresent()) {
        options.add(new Option(value.get(), label.get()));
      }
    }
    return options;
  }

  private List<Field> columns(MappingReader reader, String key) {
    List<Field> columns = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    List<YamlValue> values = reader.list(key, Message.WORKSHEET_LIST_COLUMNS_ID.text());
    if (reader.hasNoItems(key)) {
      reader.error(
          "type",
          Message.WORKSHEET_TABLE_QUESTION_NEEDS_COLUMNS.text(),
          "",
          Message.WORKSHEET_LIST_COLUMNS_ID_TASK_TYPE.text());
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
                      Message.WORKSHEET_COLUMN_IDS_MUST_UNIQUE_TABLE.text());
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
            Message.WORKSHEET_WRITE_SHOWIF_FIELD_ID_EQUALS.text())
        .flatMap(
            condition -> {
              condition.rejectUnknown(Set.of("field", "equals"));
              Optional<String> field =
                  condition.requiredText("field", Message.WORKSHEET_NAME_QUESTION_DEPENDS.text());
              Optional<String> equals =
                  condition.requiredText(
                      "equals", Message.WORKSHEET_GIVE_VALUE_SHOWS_QUESTION.text());
              return field.flatMap(
                  f -> equals.map(e -> new Condition(f, e, condition.positionOf("field"))));
            });
  }
}
