package org.keeptrack.model.question;

import java.util.Map;
import org.keeptrack.model.FieldType;

/** A month of a year with four digits ({@code 2027-04}). */
public final class MonthQuestion extends FieldType {
  @Override
  public Map<String, Object> answerRule() {
    return rule(
        "pattern", "^\\d{4}-(0[1-9]|1[0-2])$", "min", FIRST_YEAR + "-01", "max", LAST_YEAR + "-12");
  }
}
