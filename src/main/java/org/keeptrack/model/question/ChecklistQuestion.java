package org.keeptrack.model.question;

import java.util.ArrayList;
import java.util.List;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Option;

/** Things to do, ticked when done: it also names the unticked ones ({@code id_todo}). */
public final class ChecklistQuestion extends FieldType {
  @Override
  public boolean hasOptions() {
    return true;
  }

  @Override
  public List<String> templateNames(String id, List<Option> options) {
    List<String> names = new ArrayList<>(super.templateNames(id, options));
    names.add(id + "_todo");
    return names;
  }
}
