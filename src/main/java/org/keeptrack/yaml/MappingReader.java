package org.keeptrack.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
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
        Text.of("expected `key: value` lines, found %s", "`キー: 値` の行が必要ですが、%sが書かれています")
            .formatted(value.kind())
            .after(subject),
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
        Text.of("text", "文字列"),
        Text.of("write `%1$s: your text`", "`%1$s: 書きたい文` の形で書きます").formatted(key));
    return Optional.empty();
  }

  /** Text that must be present and not blank; reports its absence at the mapping's start. */
  public Optional<String> requiredText(String key, Text hint) {
    if (mapping.entry(key).isEmpty()) {
      diagnostics.error(
          mapping.position(),
          Text.of("`%s` is required", "`%s` が必要です").formatted(key).after(subject),
          "",
          hint);
      return Optional.empty();
    }
    Optional<String> text = text(key);
    if (text.isPresent() && text.get().isBlank()) {
      diagnostics.error(
          positionOf(key),
          Text.of("`%s` must not be empty", "`%s` を空にはできません").formatted(key).after(subject),
          "",
          hint);
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
    mistyped(key, value.get(), Text.of("a whole number", "整数"), hint);
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
        Text.of("true or false", "真偽値（true か false）"),
        Text.of("write `%1$s: true` or `%1$s: false`", "`%1$s: true` か `%1$s: false` と書きます")
            .formatted(key));
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
    mistyped(key, value.get(), Text.of("a list", "リスト"), hint);
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
                      Text.of(
                              "unknown key `%s` is passed to templates as is",
                              "知らないキー `%s` はそのままテンプレートに渡します")
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
            Text.of("unknown key `%s`", "`%s` というキーはありません").formatted(entry.key()).after(subject),
            "",
            Suggestions.didYouMean(
                entry.key(),
                known,
                Text.of("the known keys are %s", "使えるキーは %s です")
                    .formatted(String.join(", ", known.stream().sorted().toList()))));
      }
    }
  }

  private void mistyped(String key, YamlValue value, Text expected, Text hint) {
    String got = value instanceof YamlValue.Scalar s ? s.source() : "";
    diagnostics.error(
        value.position(),
        Text.of("`%s` must be %s, not %s", "`%s` は%sで書いてください（いまは%sです）")
            .formatted(key, expected, value.kind())
            .after(subject),
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
