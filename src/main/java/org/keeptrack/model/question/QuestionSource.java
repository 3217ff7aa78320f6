package org.keeptrack.model.question;

import java.util.List;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.Worksheet.Option;
import org.keeptrack.yaml.MappingReader;

/**
 * A question being read, as its kind sees it: its YAML and the readers of the parts kinds share.
 */
public interface QuestionSource {

  /** The question's mapping; errors reported on it carry the key's position. */
  MappingReader yaml();

  /** A list of choices under {@code key}, each with a value and a label. */
  List<Option> options(String key);

  /** The columns of a table under {@code key}: questions of the kinds that fit in a cell. */
  List<Field> columns(String key);

  /**
   * Refuses {@code required: true} on a kind the reader never types in (a computed date or number):
   * nothing could ever answer it. {@code why} says so, {@code hint} what to require.
   */
  default void refuseRequired(Text why, Text hint) {
    if (yaml().bool("required").orElse(false)) {
      yaml().error("required", why, "", hint);
    }
  }
}
