package org.keeptrack.yaml;

import java.util.List;
import java.util.Optional;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;

/** A YAML value with the position it was written at: a scalar, a list or a map. */
public sealed interface YamlValue {

  SourcePosition position();

  /** What a reader calls this kind of value in an error message. */
  Text kind();

  /**
   * A single value: a {@link String}, {@link Long}, {@link java.math.BigInteger}, {@link Double},
   * {@link Boolean}, or {@code null} for an empty value. Dates stay the text that was written.
   *
   * @param textStart where the text itself begins: after the quote of a quoted value, or on the
   *     line after the {@code |} of a block, at its indentation
   */
  record Scalar(Object value, String source, SourcePosition position, SourcePosition textStart)
      implements YamlValue {
    public Scalar(Object value, String source, SourcePosition position) {
      this(value, source, position, position);
    }

    @Override
    public Text kind() {
      if (value == null) {
        return Message.YAML_KIND_NOTHING.text();
      }
      if (value instanceof Boolean) {
        return Message.YAML_TRUE_OR_FALSE_SHORT.text();
      }
      return value instanceof String
          ? Message.YAML_KIND_TEXT.text()
          : Message.YAML_KIND_NUMBER.text();
    }
  }

  /** A sequence. */
  record Sequence(List<YamlValue> items, SourcePosition position) implements YamlValue {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public Text kind() {
      return Message.YAML_KIND_LIST.text();
    }
  }

  /** A mapping whose keys are text, in the order they were written. */
  record Mapping(List<Entry> entries, SourcePosition position) implements YamlValue {
    public Mapping {
      entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public Text kind() {
      return Message.YAML_KIND_MAP.text();
    }
  }

  /** One key of a mapping with its value; the key's own position is where errors about it go. */
  record Entry(String key, SourcePosition keyPosition, YamlValue value) {}
}
