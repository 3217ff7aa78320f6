package org.keeptrack.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;

/**
 * Reads typed keys out of a YAML mapping, reporting each wrong type at the value's position.
 *
 * <p>Every message starts with what is being read ("front matter", "handbook.yaml"), so that a
 * contributor knows which part of the file is meant.
 */
public final class MappingReader {

  private final YamlValue.Mapping mapping;
  private final String subject;
  private final Diagnostics diagnostics;

  public MappingReader(YamlValue.Mapping mapping, String subject, Diagnostics diagnostics) {
    this.mapping = mapping;
    this.subject = subject;
    this.diagnostics = diagnostics;
  }

  /** Reads {@code value} as a mapping, or reports that it must be one. */
  public static Optional<MappingReader> of(
      YamlValue value, String subject, Diagnostics diagnostics, String hint) {
    if (value instanceof YamlValue.Mapping m) {
      return Optional.of(new MappingReader(m, subject, diagnostics));
    }
    diagnostics.error(
        value.position(), subject + ": expected `key: value` lines, found " + value.kind(), "", hint);
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
    mistyped(key, value.get(), "text", "write `" + key + ": your text`");
    return Optional.empty();
  }

  /** Text that must be present and not blank; reports its absence at the mapping's start. */
  public Optional<String> requiredText(String key, String hint) {
    if (mapping.entry(key).isEmpty()) {
      diagnostics.error(mapping.position(), subject + ": `" + key + "` is required", "", hint);
      return Optional.empty();
    }
    Optional<String> text = text(key);
    if (text.isPresent() && text.get().isBlank()) {
      diagnostics.error(positionOf(key), subject + ": `" + key + "` must not be empty", "", hint);
      return Optional.empty();
    }
    return text;
  }

  public Optional<Long> integer(String key, String hint) {
    Optional<YamlValue> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof YamlValue.Scalar s && s.value() instanceof Long number) {
      return Optional.of(number);
    }
    mistyped(key, value.get(), "a whole number", hint);
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
    mistyped(key, value.get(), "true or false", "write `" + key + ": true` or `" + key + ": false`");
    return Optional.empty();
  }

  /** The items of a list; absent means empty, anything else than a list is reported. */
  public java.util.List<YamlValue> list(String key, String hint) {
    Optional<YamlValue> value = value(key);
    if (value.isEmpty()) {
      return java.util.List.of();
    }
    if (value.get() instanceof YamlValue.Sequence sequence) {
      return sequence.items();
    }
    mistyped(key, value.get(), "a list", hint);
    return java.util.List.of();
  }

  /** Reports an error about the value of {@code key}, or the mapping when it is absent. */
  public void error(String key, String message, String got, String hint) {
    diagnostics.error(positionOf(key), subject + ": " + message, got, hint);
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
                      subject + ": unknown key `" + entry.key() + "` is passed to templates as is",
                      "",
                      "did you mean `" + suggestion + "`?"));
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
            subject + ": unknown key `" + entry.key() + "`",
            "",
            Suggestions.didYouMean(
                entry.key(), known, "the known keys are " + String.join(", ", known.stream().sorted().toList())));
      }
    }
  }

  private void mistyped(String key, YamlValue value, String expected, String hint) {
    String got = value instanceof YamlValue.Scalar s ? s.source() : "";
    diagnostics.error(
        value.position(),
        subject + ": `" + key + "` must be " + expected + ", not " + value.kind(),
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
