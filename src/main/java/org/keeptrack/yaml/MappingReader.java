package org.keeptrack.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;

/**
 * Reads typed keys out of a YAML mapping, reporting each wrong type at the value's position.
 *
 * <p>Every message starts with what is being read ("front matter", "handbook.yaml"), so that a
 * contributor knows which part of the file is meant.
 */
public final class MappingReader {

  private final YamlValue.Mapping mapping;
  private final Text subject;
  private final Diagnostics diagnostics;

  public MappingReader(YamlValue.Mapping mapping, Text subject, Diagnostics diagnostics) {
    this.mapping = mapping;
    this.subject = subject;
    this.diagnostics = diagnostics;
  }

  /** Reads {@code value} as a mapping, or reports that it must be one. */
  public static Optional<MappingReader> of(
      YamlValue value, Text subject, Diagnostics diagnostics, Text hint) {
    if (value instanceof YamlValue.Mapping m) {
      return Optional.of(new MappingReader(m, subject, diagnostics));
    }
    diagnostics.error(
        value.position(),
        Message.YAML_EXPECTED_KEY_VALUE_LINES_FOUND.text().formatted(value.kind()).after(subject),
        "",
        hint);
    return Optional.empty();
  }

  public YamlValue.Mapping mapping() {
    return mapping;
  }

  public Optional<YamlValue> value(String key) {
    return mapping.entry(key).map(YamlValue.Entry::value);
  }

  /** Text as written; numbers and dates are accepted as their source text. */
  public Optional<String> text(String key) {
    Optional<YamlValue> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof YamlValue.Scalar s && s.value() != null) {
      return Optional.of(s.source());
    }
    mistyped(
        key,
        value.get(),
        Message.YAML_KIND_TEXT.text(),
        Message.YAML_WRITE_YOUR_TEXT.formatted(key));
    return Optional.empty();
  }

  /** Text that must be present and not blank; reports its absence at the mapping's start. */
  public Optional<String> requiredText(String key, Text hint) {
    if (mapping.entry(key).isEmpty()) {
      diagnostics.error(
          mapping.position(), Message.YAML_REQUIRED.formatted(key).after(subject), "", hint);
      return Optional.empty();
    }
    Optional<String> text = text(key);
    if (text.isPresent() && text.get().isBlank()) {
      diagnostics.error(
          positionOf(key), Message.YAML_MUST_NOT_EMPTY.formatted(key).after(subject), "", hint);
      return Optional.empty();
    }
    return text;
  }

  public Optional<Long> integer(String key, Text hint) {
    Optional<YamlValue> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof YamlValue.Scalar s && s.value() instanceof Long number) {
      return Optional.of(number);
    }
    mistyped(key, value.get(), Message.YAML_KIND_WHOLE_NUMBER.text(), hint);
    return Optional.empty();
  }

  public Optional<Boolean> bool(String key) {
    Optional<YamlValue> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof YamlValue.Scalar s && s.value() instanceof Boolean flag) {
      return Optional.of(flag);
    }
    mistyped(
        key,
        value.get(),
        Message.YAML_KIND_TRUE_FALSE.text(),
        Message.YAML_WRITE_TRUE_FALSE.text().formatted(key));
    return Optional.empty();
  }

  /** The items of a list; absent means empty, anything else than a list is reported. */
  public java.util.List<YamlValue> list(String key, Text hint) {
    Optional<YamlValue> value = value(key);
    if (value.isEmpty()) {
      return java.util.List.of();
    }
    if (value.get() instanceof YamlValue.Sequence sequence) {
      return sequence.items();
    }
    mistyped(key, value.get(), Message.YAML_KIND_LIST.text(), hint);
    return java.util.List.of();
  }

  /**
   * Whether {@code key} is absent or an empty list; a value of another kind is not, because {@link
   * #list} has already reported it.
   */
  public boolean hasNoItems(String key) {
    Optional<YamlValue> value = value(key);
    return value.isEmpty() || value.get() instanceof YamlValue.Sequence s && s.items().isEmpty();
  }

  /** Reports an error about the value of {@code key}, or the mapping when it is absent. */
  public void error(String key, Text message, String got, Text hint) {
    diagnostics.error(positionOf(key), message.after(subject), got, hint);
  }

  /** Where the value of {@code key} was written, or the mapping's start when it is absent. */
  public SourcePosition positionOf(String key) {
    return value(key).map(YamlValue::position).orElse(mapping.position());
  }

  /**
   * The keys not in {@code known}, as plain values. A key that looks like a misspelt known key gets
   * a warning; others are taken as deliberate and passed on quietly.
   */
  public Map<String, Object> extras(Set<String> known) {
    Map<String, Object> extras = new LinkedHashMap<>();
    for (YamlValue.Entry entry : mapping.entries()) {
      if (known.contains(entry.key())) {
        continue;
      }
      Suggestions.closest(entry.key(), known)
          .ifPresent(
              suggestion ->
                  diagnostics.warning(
                      entry.keyPosition(),
                      Message.YAML_UNKNOWN_KEY_PASSED_TEMPLATES
                          .text()
                          .formatted(entry.key())
                          .after(subject),
                      "",
                      Suggestions.didYouMean(suggestion)));
      extras.put(entry.key(), plain(entry.value()));
    }
    return extras;
  }

  /** Reports keys outside {@code known} as errors, for files where nothing else is meaningful. */
  public void rejectUnknown(Set<String> known) {
    for (YamlValue.Entry entry : mapping.entries()) {
      if (!known.contains(entry.key())) {
        diagnostics.error(
            entry.keyPosition(),
            Message.YAML_UNKNOWN_KEY.formatted(entry.key()).after(subject),
            "",
            Suggestions.didYouMean(
                entry.key(),
                known,
                Message.YAML_KNOWN_KEYS
                    .text()
                    .formatted(String.join(", ", known.stream().sorted().toList()))));
      }
    }
  }

  private void mistyped(String key, YamlValue value, Text expected, Text hint) {
    String got = value instanceof YamlValue.Scalar s ? s.source() : "";
    diagnostics.error(
        value.position(),
        Message.YAML_MUST_NOT.text().formatted(key, expected, value.kind()).after(subject),
        got,
        hint);
  }

  /** The value with positions dropped: what templates see. */
  public static Object plain(YamlValue value) {
    if (value instanceof YamlValue.Scalar s) {
      return s.value();
    }
    if (value instanceof YamlValue.Sequence seq) {
      return seq.items().stream().map(MappingReader::plain).toList();
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (YamlValue.Entry entry : ((YamlValue.Mapping) value).entries()) {
      map.put(entry.key(), plain(entry.value()));
    }
    return map;
  }
}
