package org.keeptrack.model.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlValue;

/**
 * A number the reader does not type: the answers of number questions added up ({@code sum}), times
 * a factor ({@code times}, 1 when left out), rounded to a whole number and shown with its {@code
 * unit}: the rough sums a sheet offers, such as a benefit of about a tenth of the pay. It shows
 * nothing until every question it adds is answered, so that a half sum never reads as a total.
 */
public final class ComputedNumberQuestion extends FieldType {

  private static final Text FIELD = Message.WORKSHEET_FIELD.text();
  private static final Text SUM_HINT = Message.WORKSHEET_LIST_NUMBER_QUESTIONS_ADDED.text();

  /**
   * How the number follows from number questions.
   *
   * @param positions where each id of {@code sum} is written, for errors found once every question
   *     is known
   */
  public record Sum(List<String> sum, double times, String unit, List<SourcePosition> positions)
      implements Settings {
    public Sum {
      sum = List.copyOf(sum);
      positions = List.copyOf(positions);
    }
  }

  /** What the template gets: the labels of the questions added, for the text shown while empty. */
  public record SumView(List<String> labels) {}

  @Override
  public List<String> ownKeys() {
    return List.of("sum", "times", "unit");
  }

  @Override
  public boolean isAnswered() {
    return false;
  }

  @Override
  public Settings read(QuestionSource source) {
    MappingReader reader = source.yaml();
    source.refuseRequired(
        Message.WORKSHEET_COMPUTED_NUMBER_NEVER_TYPED.text(),
        Message.WORKSHEET_MAKE_ADDED_QUESTIONS_REQUIRED.text());
    List<String> sum = new ArrayList<>();
    List<SourcePosition> positions = new ArrayList<>();
    for (YamlValue item : reader.list("sum", SUM_HINT)) {
      sum.add(item instanceof YamlValue.Scalar s && s.value() instanceof String id ? id : "");
      positions.add(item.position());
    }
    if (sum.isEmpty()) {
      Text problem =
          reader.value("sum").isEmpty()
              ? Message.YAML_REQUIRED.formatted("sum")
              : Message.YAML_MUST_NOT_EMPTY.formatted("sum");
      reader.error("sum", problem, "", SUM_HINT);
      return NONE;
    }
    Optional<Double> times = times(reader);
    return times.isEmpty()
        ? NONE
        : new Sum(sum, times.get(), reader.text("unit").orElse(""), positions);
  }

  /** {@code times}: 1 when left out; empty, after an error, when it is not a number. */
  private static Optional<Double> times(MappingReader reader) {
    if (reader.value("times").isEmpty()) {
      return Optional.of(1.0);
    }
    return Optional.ofNullable(
            NumberQuestion.number(
                reader, "times", Message.WORKSHEET_WRITE_NUMBER_SUCH.formatted("times: 0.1")))
        .map(Number::doubleValue);
  }

  /** Every id of {@code sum} must name a number question of the sheet. */
  @Override
  public void check(Field field, Map<String, Field> fields, Diagnostics diagnostics) {
    if (!(field.settings() instanceof Sum sum)) {
      return;
    }
    List<String> numbers =
        fields.values().stream()
            .filter(f -> f.type() instanceof NumberQuestion)
            .map(Field::id)
            .toList();
    for (int i = 0; i < sum.sum().size(); i++) {
      String id = sum.sum().get(i);
      Field added = fields.get(id);
      if (added == null) {
        diagnostics.error(
            sum.positions().get(i),
            Message.WORKSHEET_THERE_NO_QUESTION.formatted(id).after(FIELD),
            id,
            Suggestions.didYouMean(id, numbers, SUM_HINT));
      } else if (!(added.type() instanceof NumberQuestion)) {
        diagnostics.error(
            sum.positions().get(i),
            Message.WORKSHEET_COMPUTED_NUMBER_ADDS_NUMBERS
                .text()
                .formatted(id, added.type().yamlName())
                .after(FIELD),
            id,
            SUM_HINT);
      }
    }
  }

  @Override
  public Record view(Field field, Map<String, Field> fields) {
    if (!(field.settings() instanceof Sum sum)) {
      return null;
    }
    return new SumView(
        sum.sum().stream()
            .map(id -> fields.containsKey(id) ? fields.get(id).label() : id)
            .toList());
  }

  @Override
  public Map<String, Object> scriptData(Field field) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (field.settings() instanceof Sum sum) {
      data.put("sum", sum.sum());
      data.put("times", sum.times());
      data.put("unit", sum.unit());
    }
    return data;
  }
}
