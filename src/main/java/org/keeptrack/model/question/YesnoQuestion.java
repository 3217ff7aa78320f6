package org.keeptrack.model.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Option;

/**
 * Yes or no: a condition may test it, a "yes" may count towards a score, and it names its answer in
 * words ({@code id_text}); also a table column.
 */
public final class YesnoQuestion extends FieldType {
  private static final List<String> VALUES = List.of("yes", "no");

  /** An example beside a yes/no question reads as the expected answer: refused. */
  @Override
  public Settings read(QuestionSource source) {
    if (source.yaml().value("example").isPresent()) {
      source
          .yaml()
          .error(
              "example",
              Message.WORKSHEET_YESNO_TAKES_NO_EXAMPLE.text(),
              "",
              Message.WORKSHEET_REMOVE_EXAMPLE_SAY_IN_HELP.text());
    }
    return NONE;
  }

  @Override
  public boolean fitsInTable() {
    return true;
  }

  @Override
  public boolean countsTowardsScore() {
    return true;
  }

  @Override
  public List<String> conditionValues(List<Option> options) {
    return VALUES;
  }

  @Override
  public List<String> templateNames(String id, List<Option> options) {
    List<String> names = new ArrayList<>(super.templateNames(id, options));
    names.add(id + "_text");
    return names;
  }

  @Override
  public Map<String, Object> answerRule() {
    return rule("values", VALUES);
  }
}
