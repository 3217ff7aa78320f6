package org.keeptrack.model;

import java.util.List;
import org.keeptrack.diagnostic.SourcePosition;

/**
 * A worksheet read from {@code content/worksheets/*.yaml}: an interactive form whose answers stay
 * on the reader's device, and the results composed from them.
 *
 * @param version raised when fields change meaning, so saved answers can be migrated
 * @param introHtml the intro, Markdown made a body
 * @param page the page that explains the worksheet: its path inside content/
 */
public record Worksheet(
    String id,
    int version,
    Body introHtml,
    String page,
    List<Section> sections,
    List<WorksheetResult> results) {

  public Worksheet {
    sections = List.copyOf(sections);
    results = List.copyOf(results);
  }

  /** Every field of every section, in order. */
  public List<Field> fields() {
    return sections.stream().flatMap(s -> s.fields().stream()).toList();
  }

  /** A titled group of fields. */
  public record Section(String title, Body introHtml, List<Field> fields) {
    public Section {
      fields = List.copyOf(fields);
    }
  }

  /** A choice of a select, radio, checkbox, checklist or fixed table row. */
  public record Option(String value, String label) {}

  /**
   * Shows a field only while another field has a given value (or, for several choices, holds it).
   *
   * @param position where {@code field} is written, for errors found once every question is known
   */
  public record Condition(String field, String equals, SourcePosition position) {}

  /**
   * How a computed date follows from a date question: {@code amount} days, weeks or months after it
   * (before it when negative). A month later keeps the day of the month, or takes the month's last
   * day when it has no such day (31 January + 1 month = 28 or 29 February).
   *
   * @param fromPosition where {@code from} is written, for errors found once every question is
   *     known
   */
  public record DateOffset(String from, int amount, Unit unit, SourcePosition fromPosition) {
    /** The units an offset counts in, by the name used in the YAML. */
    public enum Unit {
      DAY,
      WEEK,
      MONTH;

      public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }
  }

  /**
   * One question.
   *
   * @param lines how many ruled lines the blank printout gives a text answer
   * @param columns the columns of a table
   * @param rows fixed rows of a table (such as weekdays); empty when readers add rows
   * @param score for a yes/no question, the outcome a "yes" counts towards, or empty
   * @param offset for a computed date, how it follows from a date question; otherwise null
   */
  public record Field(
      String id,
      FieldType type,
      String label,
      Body helpHtml,
      String example,
      String placeholder,
      boolean required,
      List<Option> options,
      List<Field> columns,
      List<Option> rows,
      int minRows,
      int lines,
      Condition showIf,
      String score,
      DateOffset offset,
      SourcePosition position) {
    public Field {
      options = List.copyOf(options);
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    /** A column of a table: one value per cell, with no help, condition or score of its own. */
    public static Field column(
        String id, FieldType type, String label, List<Option> options, SourcePosition position) {
      return new Field(
          id,
          type,
          label,
          Body.EMPTY,
          "",
          "",
          false,
          options,
          List.of(),
          List.of(),
          0,
          1,
          null,
          "",
          null,
          position);
    }
  }
}
