package org.keeptrack.parse;

import static org.keeptrack.parse.FieldReader.FIELD;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Worksheet.Condition;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.WorksheetResult;

/**
 * The checks of what one question says about another, run once every question of a worksheet is
 * known, since a question may name a later one.
 */
final class WorksheetChecks {

  private static final Text SHOW_IF = Text.name("showIf");

  private final WorksheetReading reading;
  private final Diagnostics diagnostics;

  WorksheetChecks(WorksheetReading reading) {
    this.reading = reading;
    this.diagnostics = reading.diagnostics;
  }

  void run(List<WorksheetResult> results) {
    reading.fields.values().forEach(this::checkCondition);
    reading.fields.values().forEach(this::checkConditionCycle);
    reading.fields.values().forEach(f -> f.type().check(f, reading.fields, diagnostics));
    checkScores(results);
  }

  /** A condition names a choice or yes/no question, and one of its values. */
  private void checkCondition(Field owner) {
    Condition condition = owner.showIf();
    if (condition == null) {
      return;
    }
    String name = condition.field();
    Field field = reading.fields.get(name);
    if (field == null) {
      diagnostics.error(
          condition.position(),
          Message.WORKSHEET_THERE_NO_QUESTION.formatted(name).after(SHOW_IF),
          name,
          Suggestions.didYouMean(
              name, reading.fields.keySet(), Message.WORKSHEET_NAME_ID_QUESTION_WORKSHEET.text()));
      return;
    }
    List<String> allowed = field.type().conditionValues(field.options());
    if (allowed.isEmpty()) {
      diagnostics.error(
          condition.position(),
          Message.WORKSHEET_QUESTION_CONDITION_NEEDS_CHOICE_YES
              .text()
              .formatted(name, field.type().yamlName())
              .after(SHOW_IF),
          name,
          Text.NONE);
    } else if (!allowed.contains(condition.equals())) {
      diagnostics.error(
          condition.position(),
          Message.WORKSHEET_NO_VALUE.text().formatted(name, condition.equals()).after(SHOW_IF),
          condition.equals(),
          Message.WORKSHEET_VALUES.formatted(String.join(", ", allowed)));
    }
  }

  /**
   * A question shown only when another is answered, which is shown only when the first one is, can
   * never appear: the worksheet's script would go round in circles.
   */
  private void checkConditionCycle(Field start) {
    List<String> chain = new ArrayList<>(List.of(start.id()));
    Field at = start;
    while (at != null && at.showIf() != null && chain.size() <= reading.fields.size()) {
      String next = at.showIf().field();
      chain.add(next);
      if (next.equals(start.id())) {
        diagnostics.error(
            start.showIf().position(),
            Message.WORKSHEET_QUESTION_DEPENDS_ITSELF_THROUGH_CONDITIONS
                .text()
                .formatted(start.id(), String.join(" → ", chain))
                .after(SHOW_IF),
            start.id(),
            Message.WORKSHEET_REMOVE_ONE_CONDITIONS_CIRCLE.text());
        return;
      }
      at = reading.fields.get(next);
    }
  }

  /** Each {@code score:} of a yes/no question names an outcome of a score result. */
  private void checkScores(List<WorksheetResult> results) {
    Set<String> outcomes = new LinkedHashSet<>();
    results.stream()
        .filter(r -> r instanceof WorksheetResult.Score)
        .forEach(r -> ((WorksheetResult.Score) r).outcomes().forEach(o -> outcomes.add(o.id())));
    for (Field field : reading.fields.values()) {
      if (!field.score().isEmpty() && !outcomes.contains(field.score())) {
        diagnostics.error(
            field.position(),
            Message.WORKSHEET_SCORE_NAMES_NO_OUTCOME_SCORE
                .text()
                .formatted(field.score())
                .after(FIELD),
            field.score(),
            Suggestions.didYouMean(
                field.score(),
                outcomes,
                outcomes.isEmpty()
                    ? Message.WORKSHEET_ADD_RESULT_TYPE_SCORE_OUTCOMES.text()
                    : Message.WORKSHEET_OUTCOMES.text().formatted(String.join(", ", outcomes))));
      }
    }
  }
}
