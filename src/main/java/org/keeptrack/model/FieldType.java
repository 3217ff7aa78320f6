package org.keeptrack.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of worksheet question, by the name used in the YAML, each with its rules: the keys only
 * it accepts, the values a condition may test, and the names it gives a result template. Adding a
 * kind starts here; CONTRIBUTING.md lists the other places.
 */
public enum FieldType {
  TEXT("text"),
  TEXTAREA("textarea"),
  NUMBER("number"),
  DATE("date"),
  MONTH("month"),
  TIME("time"),
  /** A date the reader does not type: another date question's answer moved by a fixed offset. */
  COMPUTED_DATE("computed-date", "from", "offset"),
  RADIO("radio"),
  SELECT("select"),
  CHECKBOXES("checkboxes"),
  YESNO("yesno"),
  CHECKLIST("checklist"),
  SCALE("scale"),
  TABLE("table", "columns", "rows", "minRows");

  /** The years a date or month answer may name: four digits, as calendar files need them. */
  public static final int FIRST_YEAR = 1000;

  public static final int LAST_YEAR = 9999;

  private final String yamlName;
  private final List<String> ownKeys;

  FieldType(String yamlName, String... ownKeys) {
    this.yamlName = yamlName;
    this.ownKeys = List.of(ownKeys);
  }

  public String yamlName() {
    return yamlName;
  }

  /** The keys of a question that only this kind takes, such as a table's {@code columns}. */
  public List<String> ownKeys() {
    return ownKeys;
  }

  public static Optional<FieldType> of(String name) {
    return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(FieldType::yamlName).toList();
  }

  /** Whether the field offers fixed choices, which its {@code options} list. */
  public boolean hasOptions() {
    return this == RADIO || this == SELECT || this == CHECKBOXES || this == CHECKLIST;
  }

  /** Whether the reader answers the field; a computed date only shows what follows from others. */
  public boolean isAnswered() {
    return this != COMPUTED_DATE;
  }

  /** The types a table column may have: one value per cell. */
  public boolean fitsInTable() {
    return this == TEXT
        || this == NUMBER
        || this == DATE
        || this == TIME
        || this == SELECT
        || this == YESNO;
  }

  /**
   * The values a {@code showIf} on a question of this kind may test; empty when it cannot be a
   * condition.
   */
  public List<String> conditionValues(List<Worksheet.Option> options) {
    if (this == YESNO) {
      return List.of("yes", "no");
    }
    return hasOptions() ? options.stream().map(Worksheet.Option::value).toList() : List.of();
  }

  /**
   * The names a question of this kind gives a result template (see docs/worksheets.md): its answer,
   * one flag per choice ({@code id_value}), the unticked items of a checklist ({@code id_todo}) and
   * a yes/no answer in words ({@code id_text}). worksheet.js makes the same names.
   */
  public List<String> templateNames(String id, List<Worksheet.Option> options) {
    List<String> names = new ArrayList<>();
    names.add(id);
    options.forEach(option -> names.add(id + "_" + option.value()));
    if (this == CHECKLIST) {
      names.add(id + "_todo");
    }
    if (this == YESNO) {
      names.add(id + "_text");
    }
    return names;
  }

  /**
   * What an answer of this kind must be, for worksheet.js to check both what the reader types and
   * what it reads back (saved answers, a file, a shared link): the {@code pattern} (a JavaScript
   * regular expression) it matches, the {@code values} it is one of, the {@code min} and {@code
   * max} it lies between (ISO dates, months and times of one width, compared as text) and, with
   * {@code day}, that the date exists. Empty when any text will do; a choice is one of its options.
   */
  public Map<String, Object> answerRule() {
    Map<String, Object> rule = new LinkedHashMap<>();
    switch (this) {
      case NUMBER -> rule.put("pattern", "^-?(\\d+|\\d*\\.\\d+)([eE][-+]?\\d+)?$");
      case DATE -> {
        rule.put("pattern", "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");
        rule.put("min", FIRST_YEAR + "-01-01");
        rule.put("max", LAST_YEAR + "-12-31");
        rule.put("day", true);
      }
      case MONTH -> {
        rule.put("pattern", "^\\d{4}-(0[1-9]|1[0-2])$");
        rule.put("min", FIRST_YEAR + "-01");
        rule.put("max", LAST_YEAR + "-12");
      }
      case TIME -> rule.put("pattern", "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?$");
      case YESNO -> rule.put("values", conditionValues(List.of()));
      case SCALE -> rule.put("values", List.of("1", "2", "3", "4", "5"));
      default -> {
        // any text, or one of the question's options
      }
    }
    return rule;
  }
}
