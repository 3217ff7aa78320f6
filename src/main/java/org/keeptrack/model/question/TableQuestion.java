package org.keeptrack.model.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.model.Worksheet.Option;
import org.keeptrack.yaml.MappingReader;

/**
 * A table: {@code columns} are questions of one value per cell; fixed {@code rows} (such as
 * weekdays), or rows the reader adds, at least {@code minRows}.
 */
public final class TableQuestion extends FieldType {

  /**
   * What a table reads.
   *
   * @param rows fixed rows (such as weekdays); empty when readers add rows
   * @param minRows the rows shown at least: all of its fixed rows, and at least one
   */
  public record Shape(List<Field> columns, List<Option> rows, int minRows) implements Settings {
    public Shape {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** What the template gets: the fixed rows, and how many rows to show. */
  public record ShapeView(List<Option> rows, int minRows) {}

  @Override
  public List<String> ownKeys() {
    return List.of("columns", "rows", "minRows");
  }

  @Override
  public Settings read(QuestionSource source) {
    MappingReader reader = source.yaml();
    List<Option> rows = source.options("rows");
    int minRows =
        reader
            .integer("minRows", Message.WORKSHEET_WRITE_WHOLE_NUMBER_SUCH.formatted("minRows: 3"))
            .orElse(0L)
            .intValue();
    List<Field> columns = source.columns("columns");
    return new Shape(columns, rows, Math.max(minRows, rows.isEmpty() ? 1 : rows.size()));
  }

  @Override
  public Record view(Field field, Map<String, Field> fields) {
    Shape shape = shape(field);
    return new ShapeView(shape.rows(), shape.minRows());
  }

  @Override
  public Map<String, Object> scriptData(Field field) {
    Shape shape = shape(field);
    Map<String, Object> data = new LinkedHashMap<>();
    if (!shape.rows().isEmpty()) {
      data.put("rows", shape.rows().stream().map(TableQuestion::plain).toList());
    }
    data.put("minRows", shape.minRows());
    return data;
  }

  private static Map<String, Object> plain(Option option) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("value", option.value());
    map.put("label", option.label());
    return map;
  }

  private static Shape shape(Field field) {
    return field.settings() instanceof Shape shape ? shape : new Shape(List.of(), List.of(), 1);
  }
}
