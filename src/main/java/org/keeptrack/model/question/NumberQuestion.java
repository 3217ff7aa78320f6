package org.keeptrack.model.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlValue;

/**
 * A number, such as an amount of 円 or of 時間; also a table column. It may lie between {@code min}
 * and {@code max}, on a {@code step} (counted from {@code min}, or from 0), and be shown with its
 * {@code unit}.
 */
public final class NumberQuestion extends FieldType {

  /**
   * What a number question reads: each part null when unset.
   *
   * @param unit written after the number in results, table cells and the printout ({@code 円})
   */
  public record Range(Number min, Number max, Number step, String unit) implements Settings {}

  @Override
  public List<String> ownKeys() {
    return List.of("min", "max", "step", "unit");
  }

  @Override
  public boolean fitsInTable() {
    return true;
  }

  @Override
  public Map<String, Object> answerRule() {
    return rule("pattern", "^-?(\\d+|\\d*\\.\\d+)([eE][-+]?\\d+)?$");
  }

  @Override
  public Settings read(QuestionSource source) {
    MappingReader reader = source.yaml();
    Number min = number(reader, "min", Message.WORKSHEET_WRITE_NUMBER_SUCH.formatted("min: 0"));
    Number max = number(reader, "max", Message.WORKSHEET_WRITE_NUMBER_SUCH.formatted("max: 24"));
    Text stepHint = Message.WORKSHEET_WRITE_STEP_BETWEEN_ANSWERS.text();
    Number step = number(reader, "step", stepHint);
    if (min != null && max != null && min.doubleValue() > max.doubleValue()) {
      reader.error(
          "min",
          Message.WORKSHEET_MIN_MORE_THAN_MAX.formatted(source(reader, "max")),
          source(reader, "min"),
          Message.WORKSHEET_MAKE_MIN_AT_MOST_MAX.text());
    }
    if (step != null && step.doubleValue() <= 0) {
      reader.error(
          "step", Message.WORKSHEET_STEP_MUST_MORE_THAN_0.text(), source(reader, "step"), stepHint);
      step = null;
    }
    return new Range(min, max, step, reader.text("unit").orElse(null));
  }

  /** The number under {@code key}, or null when it is unset or is not a number (reported). */
  static Number number(MappingReader reader, String key, Text hint) {
    Optional<YamlValue> value = reader.value(key);
    if (value.isEmpty()) {
      return null;
    }
    if (value.get() instanceof YamlValue.Scalar scalar
        && scalar.value() instanceof Number number
        && Double.isFinite(number.doubleValue())) {
      return number;
    }
    reader.error(
        key,
        Message.YAML_MUST_NOT
            .text()
            .formatted(key, Message.YAML_KIND_NUMBER.text(), value.get().kind()),
        source(reader, key),
        hint);
    return null;
  }

  private static String source(MappingReader reader, String key) {
    return reader.value(key).get() instanceof YamlValue.Scalar scalar ? scalar.source() : "";
  }

  @Override
  public Record view(Field field, Map<String, Field> fields) {
    return range(field);
  }

  @Override
  public Map<String, Object> scriptData(Field field) {
    Range range = range(field);
    Map<String, Object> data = new LinkedHashMap<>();
    putIfSet(data, "min", range.min());
    putIfSet(data, "max", range.max());
    putIfSet(data, "step", range.step());
    putIfSet(data, "unit", range.unit());
    return data;
  }

  private static void putIfSet(Map<String, Object> data, String key, Object value) {
    if (value != null) {
      data.put(key, value);
    }
  }

  private static Range range(Field field) {
    return field.settings() instanceof Range range ? range : new Range(null, null, null, null);
  }
}
