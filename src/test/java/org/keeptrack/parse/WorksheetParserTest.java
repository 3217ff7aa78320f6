package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Worksheet;
import org.keeptrack.model.WorksheetResult;
import org.keeptrack.model.question.ComputedDateQuestion;

class WorksheetParserTest {

  private static final String HEAD =
      "id: plan\ntitle: 計画\npage: ../guide.md\nsections:\n  - title: 一\n    fields:\n";

  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<Page> parse(String yaml) {
    return new WorksheetParser(new MarkdownConverter(), diagnostics)
        .parse(new SourceFile("worksheets/plan.yaml", "content/worksheets/plan.yaml", yaml));
  }

  /** Parses a worksheet whose first section holds {@code fields} (indented by six spaces). */
  private Optional<Page> withFields(String fields) {
    return parse(HEAD + fields);
  }

  private List<String> problems() {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void readsAWorksheetIntoAPageWithItsQuestionsAndResults() {
    Page page =
        withFields(
                "      - {id: when, type: time, label: 時刻, required: true, example: '17:00'}\n"
                    + "      - id: how\n        type: radio\n        label: 方法\n"
                    + "        options: [{value: a, label: あ}]\n"
                    + "results:\n  - {id: lines, type: text, title: 文, template: '{{when}}{{how_a}}'}\n")
            .orElseThrow();
    assertEquals(List.of(), problems());
    assertEquals("worksheets/plan.html", page.outputPath());
    assertEquals("計画", page.frontMatter().title());
    Worksheet sheet = page.worksheet().orElseThrow();
    assertEquals("guide.md", sheet.page());
    assertEquals(
        List.of("time", "radio"), sheet.fields().stream().map(f -> f.type().yamlName()).toList());
    assertEquals("17:00", sheet.fields().get(0).example());
    assertEquals(
        new WorksheetResult.Text("lines", "文", "{{when}}{{how_a}}"), sheet.results().get(0));
    assertEquals(
        "../guide.md", page.links().get(0).written(), "the explaining page is link-checked");
  }

  @Test
  void readsComputedDatesAndACalendarOfThem() {
    Worksheet sheet =
        withFields(
                "      - {id: back, type: date, label: 復帰日}\n"
                    + "      - {id: before, type: computed-date, label: 前, from: back, offset: -12 weeks}\n"
                    + "      - {id: after, type: computed-date, label: 後, from: back, offset: '+3 months'}\n"
                    + "      - {id: same, type: computed-date, label: 当日, from: back, offset: 0 day}\n"
                    + "results:\n  - {id: cal, type: calendar, title: 予定, filename: plan.ics,"
                    + " dates: [before, back]}\n")
            .orElseThrow()
            .worksheet()
            .orElseThrow();
    assertEquals(List.of(), problems());
    assertEquals(
        List.of("back -12 WEEK", "back 3 MONTH", "back 0 DAY"),
        sheet.fields().stream()
            .skip(1)
            .map(f -> (ComputedDateQuestion.DateOffset) f.settings())
            .map(o -> o.from() + " " + o.amount() + " " + o.unit())
            .toList());
    assertEquals(
        new WorksheetResult.Calendar("cal", "予定", "plan.ics", "", "", 0, List.of("before", "back")),
        sheet.results().get(0));
  }

  @Test
  void reportsAnUnknownFieldType() {
    withFields("      - {id: a, type: txt, label: A}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:7:23: error: worksheet field: unknown question type `txt`"
                + " [got \"txt\"] (hint: did you mean `text`?)"),
        problems());
  }

  @Test
  void reportsADuplicateFieldId() {
    withFields("      - {id: a, type: text, label: A}\n      - {id: a, type: text, label: B}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:8:9: error: worksheet field: the id `a` is already used"
                + " [got \"a\"] (hint: it is used at line 7; ids must be unique in a worksheet)"),
        problems());
  }

  @Test
  void reportsAMalformedId() {
    withFields("      - {id: Next-Step, type: text, label: A}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:7:14: error: worksheet field: `id` must be a simple name"
                + " [got \"Next-Step\"] (hint: use lower-case letters, digits and `_`, starting with a"
                + " letter)"),
        problems());
  }

  @Test
  void reportsAChoiceWithoutOptions() {
    withFields("      - {id: a, type: radio, label: A}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:7:23: error: worksheet field: a `radio` question needs"
                + " `options:` (hint: list the choices as `- {value: a, label: …}`)"),
        problems());
  }

  @Test
  void reportsATableWithoutColumns() {
    withFields("      - {id: a, type: table, label: A}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:7:23: error: worksheet field: a `table` question needs"
                + " `columns:` (hint: list the columns as `- {id: task, type: text, label: …}`)"),
        problems());
  }

  @Test
  void reportsAResultThatNamesAMissingQuestion() {
    withFields(
        "      - {id: reason, type: text, label: A}\n"
            + "results:\n  - id: lines\n    type: text\n    title: 文\n    template: |\n"
            + "      理由：{{reasn}}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:13:10: error: result `lines`: the template uses `reasn`,"
                + " which no question of the worksheet defines [got \"reasn\"] (hint: did you mean"
                + " `reason`?)"),
        problems());
  }

  @Test
  void reportsATemplateSectionThatIsNeverClosed() {
    withFields(
        "      - {id: a, type: text, label: A}\n"
            + "results:\n  - {id: r, type: text, title: 文, template: '{{#a}}x'}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:9:46: error: result `r`: the section `{{#a}}` is never"
                + " closed (hint: add `{{/a}}` where it ends)"),
        problems());
  }

  @Test
  void letsTableColumnsBeUsedOnlyInsideTheTablesSection() {
    withFields(
        "      - id: t\n        type: table\n        label: 表\n"
            + "        columns: [{id: task, type: text, label: 仕事}]\n"
            + "results:\n  - {id: r, type: text, title: 文, template: '{{#t}}{{task}}{{/t}}{{task}}'}\n");
    assertEquals(1, problems().size(), problems().toString());
    assertTrue(problems().get(0).contains("the template uses `task`"), problems().toString());
  }

  @Test
  void reportsAConditionOnAMissingQuestionOrValue() {
    withFields(
        "      - {id: car, type: yesno, label: 車}\n"
            + "      - {id: a, type: text, label: A, showIf: {field: cars, equals: 'yes'}}\n"
            + "      - {id: b, type: text, label: B, showIf: {field: car, equals: maybe}}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:8:55: error: showIf: there is no question `cars` [got"
                + " \"cars\"] (hint: did you mean `car`?)",
            "content/worksheets/plan.yaml:9:55: error: showIf: `car` has no value `maybe` [got"
                + " \"maybe\"] (hint: its values are yes, no)"),
        problems());
  }

  @Test
  void reportsValuesOfTheWrongType() {
    withFields("      - {id: a, type: text, label: A, required: sometimes, lines: many}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:7:49: error: worksheet field: `required` must be true or"
                + " false, not text [got \"sometimes\"] (hint: write `required: true` or `required:"
                + " false`)",
            "content/worksheets/plan.yaml:7:67: error: worksheet field: `lines` must be a whole"
                + " number, not text [got \"many\"] (hint: write how many lines to print, such as"
                + " `lines: 3`)"),
        problems());
  }

  @Test
  void reportsAScoreThatNamesNoOutcome() {
    withFields("      - {id: a, type: yesno, label: A, score: roles}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:7:9: error: worksheet field: `score: roles` names no"
                + " outcome of a score result [got \"roles\"] (hint: add a result of `type: score`"
                + " with `outcomes:`)"),
        problems());
  }

  @Test
  void reportsACalendarOverATableWhoseRowsAreNotWeekdays() {
    withFields(
        "      - id: t\n        type: table\n        label: 表\n"
            + "        columns: [{id: who, type: text, label: 誰}]\n"
            + "results:\n  - {id: c, type: calendar, title: 暦, filename: c.ics, table: t, summary: '{{who}}'}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:12:63: error: worksheet result: the rows of `t` must be"
                + " weekdays [got \"t\"] (hint: give the table fixed `rows:` with the values MO, TU,"
                + " WE, TH, FR, SA or SU)"),
        problems());
  }

  @Test
  void reportsUnknownKeysWithASuggestion() {
    withFields("      - {id: a, type: text, label: A, hepl: x}\n");
    assertEquals(
        List.of(
            "content/worksheets/plan.yaml:7:39: error: worksheet field: unknown key `hepl` (hint:"
                + " did you mean `help`?)"),
        problems());
  }
}
