package org.keeptrack.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of worksheet question, by the name used in the YAML. */
public enum FieldType {
  TEXT("text"),
  TEXTAREA("textarea"),
  NUMBER("number"),
  DATE("date"),
  MONTH("month"),
  TIME("time"),
  /** A date the reader does not type: another date question's answer moved by a fixed offset. */
  COMPUTED_DATE("computed-date"),
  RADIO("radio"),
  SELECT("select"),
  CHECKBOXES("checkboxes"),
  YESNO("yesno"),
  CHECKLIST("checklist"),
  SCALE("scale"),
  TABLE("table");

  private final String yamlName;

  FieldType(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
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
}
