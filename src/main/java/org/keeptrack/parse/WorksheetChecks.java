package org.keeptrack.parse;

import static org.keeptrack.parse.FieldReader.FIELD;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Condition;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.WorksheetResult;

/**
 * The checks of what one question says about another, run once every question of a worksheet is
 * known, since a question may name a later one.
 */
final class WorksheetChecks {

  private static final Text SHOW_IF = Text.name("showIf");
  private static final Text DATE_HINT =
      Text.of("name a question of `type: date`", "`type: date` の質問の id を書きます");

  private final WorksheetReading reading;
  private final Diagnostics diagnostics;

  WorksheetChecks(WorksheetReading reading) {
    this.reading = reading;
    this.diagnostics = reading.diagnostics;
  }

  void run(List<WorksheetResult> results) {
    reading.fields.values().forEach(this::checkCondition);
    reading.fields.values().forEach(this::checkConditionCycle);
    reading.fields.values().forEach(this::checkDateSource);
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
          Text.of("there is no question `%s`", "`%s` という質問はありません").formatted(name).after(SHOW_IF),
          name,
          Suggestions.didYouMean(
              name,
              reading.fields.keySet(),
              Text.of("name the id of a question of this worksheet", "このワークシートにある質問の id を書きます")));
      return;
    }
    List<String> allowed = field.type().conditionValues(field.options());
    if (allowed.isEmpty()) {
      diagnostics.error(
          condition.position(),
          Text.of(
                  "`%s` is a %s question; a condition needs a choice or yes/no question",
                  "`%s` は %s の質問です。条件にできるのは選択式か yes/no の質問です")
              .formatted(name, field.type().yamlName())
              .after(SHOW_IF),
          name,
          Text.NONE);
    } else if (!allowed.contains(condition.equals())) {
      diagnostics.error(
          condition.position(),
          Text.of("`%s` has no value `%s`", "`%s` に `%s` という値はありません")
              .formatted(name, condition.equals())
              .after(SHOW_IF),
          condition.equals(),
          Text.of("its values are %s", "値は %s です").formatted(String.join(", ", allowed)));
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
            Text.of(
                    "the question `%s` depends on itself through its conditions (%s)",
                    "質問 `%s` の条件をたどると、自分自身に戻ってしまいます（%s）")
                .formatted(start.id(), String.join(" → ", chain))
                .after(SHOW_IF),
            start.id(),
            Text.of("remove one of the conditions in the circle", "この輪の中の条件のどれかを外してください"));
        return;
      }
      at = reading.fields.get(next);
    }
  }

  /** A computed date needs an answer to count from, so {@code from} must name a date question. */
  private void checkDateSource(Field field) {
    if (field.offset() == null) {
      return;
    }
    String from = field.offset().from();
    Field source = reading.fields.get(from);
    if (source == null) {
      diagnostics.error(
          field.offset().fromPosition(),
          Text.of("there is no question `%s`", "`%s` という質問はありません").formatted(from).after(FIELD),
          from,
          Suggestions.didYouMean(
              from,
              reading.fields.values().stream()
                  .filter(f -> f.type() == FieldType.DATE)
                  .map(Field::id)
                  .toList(),
              DATE_HINT));
    } else if (source.type() != FieldType.DATE) {
      diagnostics.error(
          field.offset().fromPosition(),
          Text.of(
                  "`%s` is a %s question; a computed date counts from a `date` question",
                  "`%s` は %s の質問です。計算される日付のもとにできるのは `date` の質問です")
              .formatted(from, source.type().yamlName())
              .after(FIELD),
          from,
          DATE_HINT);
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
}
