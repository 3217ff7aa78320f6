package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;

class CachingPageParserTest {

  private final CachingPageParser parser = new CachingPageParser();

  private static SourceFile page(String path, String body) {
    return new SourceFile(path, "content/" + path, "---\ntitle: 題\n---\n\n" + body + "\n");
  }

  private static List<String> problems(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void parsesOnlyTheSourcesThatChangedAndReportsTheSameProblemsEveryBuild() {
    SourceFile same = page("same.md", "# 題の繰り返し");
    Diagnostics first = new Diagnostics();
    List<Page> before = parser.parse(List.of(same, page("edited.md", "前")), first);

    Diagnostics second = new Diagnostics();
    List<Page> after = parser.parse(List.of(same, page("edited.md", "後")), second);

    assertSame(before.get(0), after.get(0), "an unchanged source is not parsed again");
    assertNotSame(before.get(1), after.get(1));
    assertEquals("<p>後</p>\n", after.get(1).html());
    assertEquals(1, problems(first).size());
    assertEquals(problems(first), problems(second), "a reused page still reports its problems");
  }

  @Test
  void forgetsSourcesThatAreGone() {
    SourceFile gone = page("gone.md", "本文");
    Page first = parser.parse(List.of(gone), new Diagnostics()).get(0);
    parser.parse(List.of(), new Diagnostics());
    assertNotSame(first, parser.parse(List.of(gone), new Diagnostics()).get(0));
  }
}
