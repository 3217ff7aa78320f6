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
import java.util.Set;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.WorksheetResult;
import org.keeptrack.model.WorksheetResult.Kind;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlValue;

/**
 * Reads the results of a worksheet, once its questions are read: the names a template uses and the
 * questions a calendar lists must be among them.
 */
final class ResultReader {

  static final Text RESULT = Text.of("worksheet result", "ワークシートの結果");
  private static final Set<String> KEYS =
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
  private static final Text OUTCOME = Text.of("score outcome", "スコアの結果");
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
          "id",
          idUsed(id.get()),
          id.get(),
          Text.of("result ids must be unique", "結果の id は一つずつ別にします"));
    }
    Optional<String> title = reader.requiredText("title", TITLE_HINT);
    Text kinds = oneOf(String.join(", ", Kind.names()));
    Optional<String> type =
        reader.requiredText(
            "type", Text.of("add `type: …`, %s", "`type: …` を加えます。%s").formatted(kinds));
    if (id.isEmpty() || title.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Kind> kind = Kind.of(type.get());
    if (kind.isEmpty()) {
      reader.error(
          "type",
          Text.of("unknown result type `%s`", "`%s` という結果の種類はありません").formatted(type.get()),
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
        reader.requiredText(
            "template",
            Text.of(
                "write the text with {{question_id}} where answers go",
                "回答を入れる場所に {{質問のid}} を置いて文を書きます"));
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
    for (YamlValue value :
        reader.list("outcomes", Text.of("list them with `- id: …`", "`- id: …` で並べます"))) {
      MappingReader.of(
              value,
              OUTCOME,
              reading.diagnostics,
              Text.of(
                  "write `- id: …`, `title: …`, `text: …`, `page: …`",
                  "`- id: …`、`title: …`、`text: …`、`page: …` を書きます"))
          .flatMap(this::outcome)
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
      FieldReader.onlyFor(
          reader,
          Text.of("a calendar of a weekday table", "曜日の表のカレンダー"),
          List.of("table", "summary"));
      List<String> dates = calendarDates(reader);
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
        subject(id),
        (YamlValue.Scalar) reader.value("summary").orElseThrow(),
        rowNames(field),
        Map.of());
    return Optional.of(
        new WorksheetResult.Calendar(
            id, title, filename.get(), table.get(), summary.get(), List.of()));
  }

  /** The questions of a calendar of dates: each a date or computed date, listed once. */
  private List<String> calendarDates(MappingReader reader) {
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
      if (!candidates.contains(name)) {
        reading.diagnostics.error(
            item.position(),
            Text.of("there is no date question `%s`", "`%s` という日付の質問はありません")
                .formatted(name)
                .after(RESULT),
            name,
            Suggestions.didYouMean(name, candidates, hint));
      } else if (dates.contains(name)) {
        reading.diagnostics.error(
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

  private static Text subject(String id) {
    return Text.of("result `%s`", "結果 `%s`").formatted(id);
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
        .filter(f -> f.type() == FieldType.TABLE)
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
