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
   * One question; what only its kind reads (a table's columns, a computed date's offset) is in
   * {@code settings}, of that kind's own type.
   *
   * @param lines how many ruled lines the blank printout gives a text answer
   * @param score for a yes/no question, the outcome a "yes" counts towards, or empty
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
      int lines,
      Condition showIf,
      String score,
      FieldType.Settings settings,
      SourcePosition position) {
    public Field {
      options = List.copyOf(options);
    }

    /**
     * A column of a table: one value per cell, with the settings of its kind but no help, condition
     * or score of its own.
     */
    public static Field column(
        String id,
        FieldType type,
        String label,
        List<Option> options,
        FieldType.Settings settings,
        SourcePosition position) {
      return new Field(
          id, type, label, Body.EMPTY, "", "", false, options, 1, null, "", settings, position);
    }

    /** The columns of a table; none for other kinds. */
    public List<Field> columns() {
      return settings.columns();
    }

    /** The fixed rows of a table; none for other kinds, and for a table the reader adds rows to. */
    public List<Option> rows() {
      return settings.rows();
    }
  }
}
