package org.keeptrack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.Text;

class MappingReaderTest {

  private final Diagnostics diagnostics = new Diagnostics();

  private MappingReader read(String yaml) {
    YamlValue value = new YamlReader(diagnostics).read("f.yaml", yaml, 1).orElseThrow();
    return MappingReader.of(value, new Text("front matter", "フロントマター"), diagnostics, Text.NONE)
        .orElseThrow();
  }

  private static Text hint(String english) {
    return new Text(english, english);
  }

  private List<String> problems() {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void acceptsNumbersAndDatesAsTextAsWritten() {
    assertEquals(Optional.of("2026"), read("title: 2026\n").text("title"));
  }

  @Test
  void reportsAWrongTypeAtTheValue() {
    read("order: 二\n").integer("order", hint("use digits"));
    assertEquals(
        List.of(
            "f.yaml:1:8: error: front matter: `order` must be a whole number, not text [got \"二\"]"
                + " (hint: use digits)"),
        problems());
  }

  @Test
  void reportsAMissingRequiredKeyAtTheStartOfTheMapping() {
    read("description: x\n").requiredText("title", hint("add a title"));
    assertEquals(
        List.of("f.yaml:1:1: error: front matter: `title` is required (hint: add a title)"),
        problems());
  }

  @Test
  void reportsABlankRequiredKey() {
    read("title: ''\n").requiredText("title", hint("add a title"));
    assertEquals(
        List.of("f.yaml:1:8: error: front matter: `title` must not be empty (hint: add a title)"),
        problems());
  }

  @Test
  void keepsUnknownKeysAndWarnsOnlyWhenTheyLookLikeAKnownOne() {
    Map<String, Object> extras =
        read("titel: a\naudience: 復帰前の人\ntags: [a, b]\n").extras(Set.of("title", "order"));
    assertEquals(Map.of("titel", "a", "audience", "復帰前の人", "tags", List.of("a", "b")), extras);
    assertEquals(
        List.of(
            "f.yaml:1:1: warning: front matter: unknown key `titel` is passed to templates as is"
                + " (hint: did you mean `title`?)"),
        problems());
  }

  @Test
  void rejectsUnknownKeysWhereNoneAreAllowed() {
    read("them: x\n").rejectUnknown(Set.of("theme", "title"));
    assertEquals(
        List.of(
            "f.yaml:1:1: error: front matter: unknown key `them` (hint: did you mean `theme`?)"),
        problems());
  }
}
