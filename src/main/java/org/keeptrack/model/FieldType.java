package org.keeptrack.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.Worksheet.Option;
import org.keeptrack.model.question.QuestionSource;
import org.keeptrack.model.question.QuestionTypes;

/**
 * A kind of worksheet question, in one class of {@code org.keeptrack.model.question} named {@code
 * <Name>Question}: the keys only it takes, what it reads of them and checks, the answers it
 * accepts, whether it fits a table column, what it gives the template {@code fields/<name>.ftlh},
 * the sheet's JSON and result templates. The defaults here are those of a question answered with
 * any text.
 */
public abstract class FieldType {

  /** The years a date or month answer may name: four digits, as calendar files need them. */
  public static final int FIRST_YEAR = 1000;

  public static final int LAST_YEAR = 9999;

  /** What a kind of question reads of its own keys, kept on its {@link Field}. */
  public interface Settings {
    /** A table's columns: questions of one value per cell. */
    default List<Field> columns() {
      return List.of();
    }

    /** A table's fixed rows (such as weekdays); empty when readers add rows. */
    default List<Option> rows() {
      return List.of();
    }
  }

  /** The settings of a kind that has none of its own. */
  public static final Settings NONE = new Settings() {};

  private final String yamlName;

  /** Named after its class: {@code ComputedDateQuestion} is {@code computed-date}. */
  protected FieldType() {
    String name = getClass().getSimpleName().replaceFirst("Question$", "");
    this.yamlName = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Every kind, by its YAML name in alphabetical order. */
  public static List<FieldType> all() {
    return QuestionTypes.ALL;
  }

  public static Optional<FieldType> of(String name) {
    return all().stream().filter(t -> t.yamlName.equals(name)).findFirst();
  }

  public static List<String> names() {
    return all().stream().map(FieldType::yamlName).toList();
  }

  /** The name in the YAML's {@code type:}, the script's and the template's. */
  public final String yamlName() {
    return yamlName;
  }

  @Override
  public final String toString() {
    return yamlName;
  }

  /** The keys of a question that only this kind takes, such as a table's {@code columns}. */
  public List<String> ownKeys() {
    return List.of();
  }

  /**
   * Reads this kind's own keys (the reader refuses them on other kinds) and checks what can be
   * checked before the other questions are known.
   */
  public Settings read(QuestionSource source) {
    return NONE;
  }

  /** Checks what the question says of other questions, once every question is known. */
  public void check(Field field, Map<String, Field> fields, Diagnostics diagnostics) {}

  /** Whether the field offers fixed choices, which its {@code options} list. */
  public boolean hasOptions() {
    return false;
  }

  /** Whether the reader answers the field; a computed date only shows what follows from others. */
  public boolean isAnswered() {
    return true;
  }

  /** Whether it may be a table column: one value per cell. */
  public boolean fitsInTable() {
    return false;
  }

  /** Whether its answer is a day, which a calendar of dates can make an event of. */
  public boolean givesDay() {
    return false;
  }

  /** Whether a "yes" to it can count towards an outcome of a score result. */
  public boolean countsTowardsScore() {
    return false;
  }

  /** How many ruled lines the blank printout gives its answer, unless {@code lines} says. */
  public int defaultLines() {
    return 1;
  }

  /**
   * The values a {@code showIf} on a question of this kind may test; empty when it cannot be a
   * condition.
   */
  public List<String> conditionValues(List<Option> options) {
    return hasOptions() ? options.stream().map(Option::value).toList() : List.of();
  }

  /**
   * The names a question of this kind gives a result template (see docs/worksheets.md): its answer
   * and one flag per choice ({@code id_value}). Its script module makes the same names.
   */
  public List<String> templateNames(String id, List<Option> options) {
    List<String> names = new ArrayList<>();
    names.add(id);
    options.forEach(option -> names.add(id + "_" + option.value()));
    return names;
  }

  /**
   * What every answer of this kind must be, for the worksheet script to check both what the reader
   * types and what it reads back (saved answers, a file, a shared link): the {@code pattern} (a
   * JavaScript regular expression) it matches, the {@code values} it is one of, the {@code min} and
   * {@code max} it lies between (ISO dates, months and times of one width, compared as text) and,
   * with {@code day}, that the date exists. Empty when any text will do; a choice is one of its
   * options.
   */
  public Map<String, Object> answerRule() {
    return Map.of();
  }

  /** An answer rule of keys and values, in the order written (the page's JSON keeps it). */
  protected static Map<String, Object> rule(Object... keysAndValues) {
    Map<String, Object> rule = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      rule.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(rule);
  }

  /**
   * What the template {@code fields/<name>.ftlh} gets of the question's settings as {@code
   * f.settings} (a record, or null for none); {@code fields} are the sheet's questions by id.
   */
  public Record view(Field field, Map<String, Field> fields) {
    return null;
  }

  /**
   * What the worksheet script gets of the question's settings, beside what every question gives
   * (id, type, options, condition, score, columns): left out when unset, to keep pages light.
   */
  public Map<String, Object> scriptData(Field field) {
    return Map.of();
  }
}
