package org.keeptrack.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.model.FieldType;

class QuestionTypesTest {

  private static final List<String> NAMES =
      List.of(
          "checkboxes",
          "checklist",
          "computed-date",
          "computed-number",
          "date",
          "month",
          "number",
          "radio",
          "scale",
          "select",
          "table",
          "text",
          "textarea",
          "time",
          "yesno");

  @Test
  void findsEveryKindOfQuestionInTheClassesFolderByItsClassName() {
    assertEquals(NAMES, FieldType.names());
  }

  @Test
  void findsTheKindsInAJarToo(@TempDir Path folder) throws Exception {
    String pkg = "org/keeptrack/model/question";
    Path classes =
        Path.of(QuestionTypes.class.getResource("QuestionTypes.class").toURI()).getParent();
    Path jar = folder.resolve("keeptrack.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.list(classes)) {
      out.putNextEntry(new JarEntry(pkg + "/"));
      for (Path file : files.sorted().toList()) {
        out.putNextEntry(new JarEntry(pkg + "/" + file.getFileName()));
        Files.copy(file, out);
      }
    }
    List<String> inJar = QuestionTypes.classFiles(new URL("jar:" + jar.toUri() + "!/" + pkg));
    assertEquals(QuestionTypes.classFiles(classes.toUri().toURL()), inJar);
    assertEquals(NAMES.size(), inJar.size());
  }

  @Test
  void namesAKindAfterItsClass() {
    assertEquals("computed-date", new ComputedDateQuestion().yamlName());
    assertEquals("yesno", new YesnoQuestion().yamlName());
  }
}
