package org.keeptrack.parse;

import static org.keeptrack.parse.WorksheetReading.TITLE_HINT;
import static org.keeptrack.parse.WorksheetReading.idUsed;
import static org.keeptrack.parse.WorksheetReading.oneOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.WorksheetResult;
import org.keeptrack.model.WorksheetResult.Kind;
import org.keeptrack.model.question.TableQuestion;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlValue;

/**
 * Reads the results of a worksheet, once its questions are read: the names a template uses and the
 * questions a calendar lists must be among them.
 */
final class ResultReader {

  static final Text RESULT = Message.WORKSHEET_RESULT.text();
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "type",
          "title",
          "template",
          "filename",
          "table",
          "summary",
          "weeks",
          "dates",
          "outcomes",
          "none");
  private static final Set<String> OUTCOME_KEYS = Set.of("id", "title", "text", "page");
  private static final Text OUTCOME = Message.WORKSHEET_SCORE_OUTCOME.text();
  private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  private final WorksheetReading reading;
  private final MustacheChecker mustache;
  private final Set<String> ids = new LinkedHashSet<>();

  ResultReader(WorksheetReading reading) {
    this.reading = reading;
    this.mustache = new MustacheChecker(reading.diagnostics);
  }

  Optional<WorksheetResult> result(MappingReader reader) {
    reader.rejectUnknown(KEYS);
    Optional<String> id = reading.id(reader);
    if (id.isPresent() && !ids.add(id.get())) {
      reader.error(
          "id", idUsed(id.get()), id.get(), Message.WORKSHEET_RESULT_IDS_MUST_UNIQUE.text());
    }
    Optional<String> title = reader.requiredText("title", TITLE_HINT);
    Text kinds = oneOf(String.join(", ", Kind.names()));
    Optional<String> type =
        reader.requiredText("type", Message.WORKSHEET_ADD_TYPE.formatted(kinds));
    if (id.isEmpty() || title.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Kind> kind = Kind.of(type.get());
    if (kind.isEmpty()) {
      reader.error(
          "type",
          Message.WORKSHEET_UNKNOWN_RESULT_TYPE.formatted(type.get()),
          type.get(),
          Suggestions.didYouMean(type.get(), Kind.names(), kinds));
      return Optional.empty();
    }
    return switch (kind.get()) {
      case TEXT -> text(reader, id.get(), title.get());
      case CALENDAR -> calendar(reader, id.get(), title.get());
      case SCORE -> score(reader, id.get(), title.get());
    };
  }

  private Optional<WorksheetResult> text(MappingReader reader, String id, String title) {
    Optional<String> template =
        reader.requiredText("template", Message.WORKSHEET_WRITE_TEXT_QUESTION_ID_WHERE.text());
    template.ifPresent(
        t ->
            mustache.check(
                subject(id),
                (YamlValue.Scalar) reader.value("template").orElseThrow(),
                topNames(),
                tableNames()));
    return template.map(t -> new WorksheetResult.Text(id, title, t));
  }

  private Optional<WorksheetResult> score(MappingReader reader, String id, String title) {
    List<WorksheetResult.Outcome> outcomes = new ArrayList<>();
    for (YamlValue value : reader.list("outcomes", Message.WORKSHEET_LIST_THEM_ID.text())) {
      MappingReader.of(
              value,
              OUTCOME,
              reading.diagnostics,
              Message.WORKSHEET_WRITE_ID_TITLE_TEXT_PAGE.text())
          .flatMap(this::outcome)
          .ifPresent(outcomes::add);
    }
    if (reader.hasNoItems("outcomes")) {
      reader.error(
          "outcomes",
          Message.WORKSHEET_SCORE_NEEDS_OUTCOMES.text(),
          "",
          Message.WORKSHEET_LIST_WHAT_ANSWERS_POINT.text());
    }
    if (outcomes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new WorksheetResult.Score(id, title, outcomes, reader.text("none").orElse("")));
  }

  private Optional<WorksheetResult.Outcome> outcome(MappingReader outcome) {
    outcome.rejectUnknown(OUTCOME_KEYS);
    Optional<String> id = reading.id(outcome);
    Optional<String> title = outcome.requiredText("title", TITLE_HINT);
    String text = outcome.text("text").orElse("");
    Optional<String> page = reading.pageLink(outcome, "page");
    return id.flatMap(
        i -> title.flatMap(t -> page.map(p -> new WorksheetResult.Outcome(i, t, text, p))));
  }

  private Optional<WorksheetResult> calendar(MappingReader reader, String id, String title) {
    Optional<String> filename =
        reader.requiredText("filename", Message.WORKSHEET_ADD_FILENAME_PLAN_ICS.text());
    if (filename.isPresent() && !filename.get().matches("[A-Za-z0-9_-]+\\.ics")) {
      reader.error(
          "filename",
          Message.WORKSHEET_FILENAME_MUST_SIMPLE_FILE_NAME.text(),
          filename.get(),
          Message.WORKSHEET_EXAMPLE_FILENAME_PLAN_ICS.text());
      return Optional.empty();
    }
    if (reader.value("dates").isPresent()) {
      FieldReader.onlyFor(
          reader,
          Message.WORKSHEET_CALENDAR_WEEKDAY_TABLE.text(),
          List.of("table", "summary", "weeks"));
      List<String> dates = calendarDates(reader);
      return filename.isEmpty() || dates.isEmpty()
          ? Optional.empty()
          : Optional.of(new WorksheetResult.Calendar(id, title, filename.get(), "", "", 0, dates));
    }
    Optional<String> table =
        reader.requiredText("table", Message.WORKSHEET_NAME_TABLE_QUESTION_WHOSE_ROWS.text());
    Optional<String> summary =
        reader.requiredText("summary", Message.WORKSHEET_WRITE_EVENT_TITLE_SUCH_FIRST.text());
    OptionalInt weeks = weeks(reader);
    if (table.isEmpty() || summary.isEmpty() || filename.isEmpty() || weeks.isEmpty()) {
      return Optional.empty();
    }
    Field field = reading.fields.get(table.get());
    if (field == null || !(field.type() instanceof TableQuestion)) {
      reader.error(
          "table",
          Message.WORKSHEET_THERE_NO_TABLE_QUESTION.formatted(table.get()),
          table.get(),
          Suggestions.didYouMean(
              table.get(),
              reading.fields.keySet(),
              Message.WORKSHEET_NAME_QUESTION_TYPE_TABLE.text()));
      return Optional.empty();
    }
    if (field.rows().isEmpty()
        || !field.rows().stream().allMatch(r -> WEEKDAYS.contains(r.value()))) {
      reader.error(
          "table",
          Message.WORKSHEET_ROWS_MUST_WEEKDAYS.formatted(table.get()),
          table.get(),
          Message.WORKSHEET_GIVE_TABLE_FIXED_ROWS_VALUES.text());
      return Optional.empty();
    }
    mustache.check(
        subject(id),
        (YamlValue.Scalar) reader.value("summary").orElseThrow(),
        rowNames(field),
        Map.of());
    return Optional.of(
        new WorksheetResult.Calendar(
            id, title, filename.get(), table.get(), summary.get(), weeks.getAsInt(), List.of()));
  }

  /**
   * How many weeks a roster's events repeat: {@code weeks}, or half a year, so that a roster the
   * family has since changed does not stay in their calendars for ever.
   */
  private static OptionalInt weeks(MappingReader reader) {
    Text hint = Message.WORKSHEET_WRITE_HOW_MANY_WEEKS.text();
    if (reader.value("weeks").isEmpty()) {
      return OptionalInt.of(WorksheetResult.Calendar.DEFAULT_WEEKS);
    }
    Optional<Long> weeks = reader.integer("weeks", hint);
    if (weeks.isPresent()
        && (weeks.get() < 1 || weeks.get() > WorksheetResult.Calendar.MOST_WEEKS)) {
      reader.error(
          "weeks",
          Message.WORKSHEET_WEEKS_FROM_1_TO.formatted(WorksheetResult.Calendar.MOST_WEEKS),
          weeks.get().toString(),
          hint);
      return OptionalInt.empty();
    }
    return weeks.map(w -> OptionalInt.of(w.intValue())).orElse(OptionalInt.empty());
  }

  /** The questions of a calendar of dates: each a date or computed date, listed once. */
  private List<String> calendarDates(MappingReader reader) {
    Text hint = Message.WORKSHEET_LIST_IDS_DATE_COMPUTED_DATE.text();
    List<String> dates = new ArrayList<>();
    List<String> candidates =
        reading.fields.values().stream().filter(f -> f.type().givesDay()).map(Field::id).toList();
    for (YamlValue item : reader.list("dates", hint)) {
      String name =
          item instanceof YamlValue.Scalar s && s.value() instanceof String text ? text : "";
      if (!candidates.contains(name)) {
        reading.diagnostics.error(
            item.position(),
            Message.WORKSHEET_THERE_NO_DATE_QUESTION.text().formatted(name).after(RESULT),
            name,
            Suggestions.didYouMean(name, candidates, hint));
      } else if (dates.contains(name)) {
        reading.diagnostics.error(
            item.position(),
            Message.WORKSHEET_LISTED_TWICE.formatted(name).after(RESULT),
            name,
            Message.WORKSHEET_LIST_EACH_QUESTION_ONCE.text());
      } else {
        dates.add(name);
      }
    }
    if (reader.hasNoItems("dates")) {
      reader.error("dates", Message.WORKSHEET_DATES_EMPTY.text(), "", hint);
    }
    return dates;
  }

  private static Text subject(String id) {
    return Message.WORKSHEET_RESULT_NAMED.formatted(id);
  }

  /** The names a result template can use at its top level; see docs/worksheets.md. */
  private Set<String> topNames() {
    Set<String> names = new LinkedHashSet<>();
    reading.fields.values().forEach(f -> names.addAll(f.type().templateNames(f.id(), f.options())));
    return names;
  }

  /** The names inside each table's {@code {{#table}}} section, by table. */
  private Map<String, Set<String>> tableNames() {
    Map<String, Set<String>> lists = new HashMap<>();
    reading.fields.values().stream()
        .filter(f -> f.type() instanceof TableQuestion)
        .forEach(f -> lists.put(f.id(), rowNames(f)));
    return lists;
  }

  /** Inside a table's section: its columns, their option flags, and the fixed row's label. */
  private static Set<String> rowNames(Field table) {
    Set<String> names = new LinkedHashSet<>();
    names.add("row");
    table.columns().forEach(c -> names.addAll(c.type().templateNames(c.id(), c.options())));
    return names;
  }
}
