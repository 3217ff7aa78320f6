package org.keeptrack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.SourcePosition;

class YamlReaderTest {

  private final Diagnostics diagnostics = new Diagnostics();
  private final YamlReader reader = new YamlReader(diagnostics);

  private List<String> problems() {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void givesEveryValueItsPositionCountedFromTheBlocksFirstLine() {
    YamlValue.Mapping map =
        (YamlValue.Mapping)
            reader.read("a.md", "title: 題名\nitems:\n  - 一\n  - 2\n", 5).orElseThrow();
    assertEquals(new SourcePosition("a.md", 5, 1), map.entries().get(0).keyPosition());
    assertEquals(new SourcePosition("a.md", 5, 8), map.entries().get(0).value().position());
    YamlValue.Sequence items = (YamlValue.Sequence) map.entry("items").orElseThrow().value();
    assertEquals(new SourcePosition("a.md", 8, 5), items.items().get(1).position());
    assertEquals(2L, ((YamlValue.Scalar) items.items().get(1)).value());
  }

  @Test
  void readsPlainScalarTypesAndKeepsDatesAsWritten() {
    YamlValue.Mapping map =
        (YamlValue.Mapping)
            reader
                .read("a.md", "n: 12\nf: 1.5\nb: true\nz:\nd: 2026-04-01\ns: '12'\n", 1)
                .orElseThrow();
    assertEquals(12L, scalar(map, "n"));
    assertEquals(1.5, scalar(map, "f"));
    assertEquals(true, scalar(map, "b"));
    assertEquals(null, scalar(map, "z"));
    assertEquals("2026-04-01", scalar(map, "d"));
    assertEquals("12", scalar(map, "s"));
  }

  /**
   * Numbers follow YAML 1.1, the version SnakeYAML resolves by: a leading 0 is octal, `0o` is not a
   * prefix there. Only sexagesimal numbers stay text, so that a time such as 17:00 reads as
   * written.
   */
  @Test
  void readsNumbersAsYaml11DoesAndTimesAsWritten() {
    YamlValue.Mapping map =
        (YamlValue.Mapping)
            reader
                .read(
                    "a.md", "o: 017\nx: 0x1F\nb: 0b101\nu: 1_000\nn: -012\np: 0o17\nt: 17:00\n", 1)
                .orElseThrow();
    assertEquals(15L, scalar(map, "o"));
    assertEquals(31L, scalar(map, "x"));
    assertEquals(5L, scalar(map, "b"));
    assertEquals(1000L, scalar(map, "u"));
    assertEquals(-10L, scalar(map, "n"));
    assertEquals("0o17", scalar(map, "p"));
    assertEquals("17:00", scalar(map, "t"));
  }

  private static Object scalar(YamlValue.Mapping map, String key) {
    return ((YamlValue.Scalar) map.entry(key).orElseThrow().value()).value();
  }

  @Test
  void refusesDuplicateKeysNamingTheFirstOne() {
    reader.read("a.md", "title: a\ndescription: b\ntitle: c\n", 2);
    assertEquals(
        List.of(
            "a.md:4:1: error: duplicate key `title` (hint: it is already set at line 2; keep one of"
                + " the two)"),
        problems());
  }

  @Test
  void refusesJavaTypeTags() {
    reader.read("a.md", "x: !!java.io.File [/etc/passwd]\n", 2);
    assertEquals(1, diagnostics.all().size());
    assertTrue(
        problems().get(0).startsWith("a.md:2:4: error: invalid YAML: Global tag is not allowed"));
  }

  @Test
  void refusesLocalTags() {
    reader.read("a.md", "x: !custom value\n", 1);
    assertEquals(
        List.of(
            "a.md:1:4: error: YAML tags are not allowed [got \"!custom\"] (hint: remove the `!` tag"
                + " and write the plain value)"),
        problems());
  }

  @Test
  void reportsSyntaxErrorsWithTheLineInTheFile() {
    reader.read("a.md", "title: a\n  bad: indent\n", 2);
    assertEquals(1, diagnostics.all().size());
    assertTrue(
        problems()
            .get(0)
            .startsWith("a.md:3:6: error: invalid YAML: mapping values are not allowed here"),
        problems().get(0));
  }

  @Test
  void readsAnEmptyDocumentAsAnEmptyScalar() {
    YamlValue value = reader.read("a.md", "", 2).orElseThrow();
    assertInstanceOf(YamlValue.Scalar.class, value);
    assertEquals("nothing", value.kind().en());
  }

  @Test
  void limitsAliasExpansion() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append("]\n");
    }
    reader.read("bomb.yaml", bomb.toString(), 1);
    assertTrue(diagnostics.hasErrors());
  }
}
