package org.keeptrack.model.question;

import java.util.List;
import java.util.Map;
import org.keeptrack.model.FieldType;

/** A point from 1 to 5. */
public final class ScaleQuestion extends FieldType {
  @Override
  public Map<String, Object> answerRule() {
    return rule("values", List.of("1", "2", "3", "4", "5"));
  }
}
