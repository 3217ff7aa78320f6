package org.keeptrack.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.keeptrack.json.Json;
import org.keeptrack.model.Body;
import org.keeptrack.model.Page;
import org.keeptrack.model.UrlPath;
import org.keeptrack.model.Worksheet;
import org.keeptrack.model.WorksheetResult;

/**
 * Makes what templates and scripts get of worksheets: a sheet's view with its JSON for the
 * worksheet script, and the reader's progress for the home page. Links are relative to the page
 * they are shown on.
 */
final class WorksheetViews {

  private final Map<String, Page> pagesByPath;

  WorksheetViews(Map<String, Page> pagesByPath) {
    this.pagesByPath = pagesByPath;
  }

  /**
   * The view of {@code sheet} on the page at {@code from}, its HTML (help, section intros) made fit
   * for that page by {@code html}: it is written relative to the sheet's folder.
   */
  Views.WorksheetView worksheet(String from, Worksheet sheet, Function<Body, String> html) {
    Map<String, Worksheet.Field> fields = fieldsById(sheet);
    List<Views.SectionView> sections = new ArrayList<>();
    for (int i = 0; i < sheet.sections().size(); i++) {
      Worksheet.Section section = sheet.sections().get(i);
      sections.add(
          new Views.SectionView(
              "section-" + (i + 1),
              section.title(),
              html.apply(section.introHtml()),
              section.fields().stream().map(f -> field(f, fields, html)).toList()));
    }
    List<Views.ResultView> results =
        sheet.results().stream().map(result -> result(from, result)).toList();
    return new Views.WorksheetView(
        sheet.id(),
        sheet.version(),
        linkToSource(from, sheet.page()),
        sections,
        results,
        Json.write(scriptData(sheet, results)));
  }

  /**
   * The sheet's definition for the worksheet script: its questions ({@link #fieldData}), the
   * results as their views are, and the answer rules of the kinds of question it has.
   */
  private static Map<String, Object> scriptData(Worksheet sheet, List<Views.ResultView> results) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", sheet.id());
    data.put("version", sheet.version());
    data.put("fields", sheet.fields().stream().map(WorksheetViews::fieldData).toList());
    data.put("results", TemplateData.plain(results));
    Map<String, Object> rules = new TreeMap<>();
    sheet.fields().stream()
        .flatMap(field -> Stream.concat(Stream.of(field), field.columns().stream()))
        .map(Worksheet.Field::type)
        .filter(type -> !type.answerRule().isEmpty())
        .forEach(type -> rules.put(type.yamlName(), type.answerRule()));
    if (!rules.isEmpty()) {
      data.put("answers", rules);
    }
    return data;
  }

  private static Views.FieldView field(
      Worksheet.Field field, Map<String, Worksheet.Field> fields, Function<Body, String> html) {
    Worksheet.Condition condition = field.showIf();
    return new Views.FieldView(
        field.id(),
        field.type().yamlName(),
        field.label(),
        html.apply(field.helpHtml()),
        field.example(),
        field.placeholder(),
        field.required(),
        options(field.options()),
        field.columns().stream().map(column -> field(column, fields, html)).toList(),
        field.lines(),
        condition == null ? "" : condition.field(),
        condition == null ? "" : condition.equals(),
        field.score(),
        field.type().view(field, fields));
  }

  private static Map<String, Worksheet.Field> fieldsById(Worksheet sheet) {
    Map<String, Worksheet.Field> fields = new LinkedHashMap<>();
    sheet.fields().forEach(f -> fields.putIfAbsent(f.id(), f));
    return fields;
  }

  /**
   * What the worksheet script needs of a question: its kind, choices, columns, condition and score,
   * and what its kind adds ({@link org.keeptrack.model.FieldType#scriptData}). Labels and help are
   * already in the page, and what is unset is left out (the script fills in the defaults), to keep
   * the page light.
   */
  private static Map<String, Object> fieldData(Worksheet.Field field) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", field.id());
    data.put("type", field.type().yamlName());
    if (field.required()) {
      data.put("required", true);
    }
    if (!field.options().isEmpty()) {
      data.put("options", TemplateData.plain(options(field.options())));
    }
    if (!field.columns().isEmpty()) {
      data.put("columns", field.columns().stream().map(WorksheetViews::fieldData).toList());
    }
    if (field.showIf() != null) {
      data.put("showIfField", field.showIf().field());
      data.put("showIfValue", field.showIf().equals());
    }
    if (!field.score().isEmpty()) {
      data.put("score", field.score());
    }
    data.putAll(field.type().scriptData(field));
    return data;
  }

  private static List<Views.OptionView> options(List<Worksheet.Option> options) {
    return options.stream().map(o -> new Views.OptionView(o.value(), o.label())).toList();
  }

  private Views.ResultView result(String from, WorksheetResult result) {
    String type = result.kind().yamlName();
    if (result instanceof WorksheetResult.Text text) {
      return new Views.TextResultView(text.id(), type, text.title(), text.template());
    }
    if (result instanceof WorksheetResult.Calendar calendar) {
      return new Views.CalendarResultView(
          calendar.id(),
          type,
          calendar.title(),
          calendar.summary(),
          calendar.filename(),
          calendar.table(),
          calendar.weeks(),
          calendar.dates());
    }
    WorksheetResult.Score score = (WorksheetResult.Score) result;
    return new Views.ScoreResultView(
        score.id(),
        type,
        score.title(),
        score.none(),
        score.outcomes().stream()
            .map(
                o ->
                    new Views.OutcomeView(
                        o.id(), o.title(), o.text(), linkToSource(from, o.page()).href()))
            .toList());
  }

  /**
   * What the home page needs to show the reader's progress from what this device saved: every
   * worksheet (id, title, link, the questions it requires), and the outcomes of the score results
   * (title, link, the yes/no questions counting towards each), so that the next step follows the
   * self-check's recommendation; {@code null} when the site has no worksheet.
   */
  Views.HomeProgress progress(String from, List<Page> pages) {
    List<Views.SheetProgress> sheets = new ArrayList<>();
    List<Views.OutcomeProgress> outcomes = new ArrayList<>();
    for (Page page : pages) {
      if (page.worksheet().isEmpty()) {
        continue;
      }
      Worksheet sheet = page.worksheet().get();
      sheets.add(
          new Views.SheetProgress(
              sheet.id(),
              page.frontMatter().title(),
              UrlPath.relative(from, page.outputPath()),
              sheet.page(),
              finishing(sheet)));
      for (WorksheetResult result : sheet.results()) {
        if (result instanceof WorksheetResult.Score score) {
          score.outcomes().forEach(o -> outcomes.add(outcomeProgress(from, sheet, o)));
        }
      }
    }
    return sheets.isEmpty()
        ? null
        : new Views.HomeProgress(
            sheets, Json.write(TemplateData.plain(new Views.ProgressView(sheets, outcomes))));
  }

  private Views.OutcomeProgress outcomeProgress(
      String from, Worksheet sheet, WorksheetResult.Outcome outcome) {
    return new Views.OutcomeProgress(
        sheet.id(),
        outcome.title(),
        linkToSource(from, outcome.page()).href(),
        outcome.page().replaceFirst("#.*", ""),
        sheet.fields().stream()
            .filter(f -> f.score().equals(outcome.id()))
            .map(Worksheet.Field::id)
            .toList());
  }

  /**
   * The questions whose answers finish a sheet: its required ones, or, on a sheet that requires
   * none (the self-check), every question that is always shown and answered by the reader.
   */
  private static List<String> finishing(Worksheet sheet) {
    List<String> required =
        sheet.fields().stream().filter(Worksheet.Field::required).map(Worksheet.Field::id).toList();
    return !required.isEmpty()
        ? required
        : sheet.fields().stream()
            .filter(f -> f.showIf() == null && f.type().isAnswered())
            .map(Worksheet.Field::id)
            .toList();
  }

  /** A link to a page named by its source path (with an optional fragment), titled like it. */
  Views.LinkView linkToSource(String from, String source) {
    int hash = source.indexOf('#');
    String path = hash < 0 ? source : source.substring(0, hash);
    String fragment = hash < 0 ? "" : source.substring(hash);
    Page page = pagesByPath.get(path);
    String title = page == null ? path : page.frontMatter().title();
    return new Views.LinkView(title, UrlPath.relative(from, Page.outputPathOf(path)) + fragment);
  }
}
