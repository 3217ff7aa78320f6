package org.keeptrack.model.question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.keeptrack.model.FieldType;

/**
 * Finds the kinds of question: every class of this package whose name ends in {@code Question},
 * from the classes folder or the jar it was loaded from. A new kind is then one class, with no list
 * to edit (a {@code permits} clause, a registry or a ServiceLoader file would each be one more
 * place to forget); {@code QuestionTypesTest} checks that both ways find every kind.
 */
public final class QuestionTypes {

  private static final String SUFFIX = "Question.class";

  private static final String PACKAGE = QuestionTypes.class.getPackageName();

  private static final String FOLDER = PACKAGE.replace('.', '/');

  /** Every kind, by YAML name (after the names it is found by). */
  public static final List<FieldType> ALL = find();

  private QuestionTypes() {}

  /** The kinds of question of this package, sorted by YAML name. */
  private static List<FieldType> find() {
    ClassLoader loader = QuestionTypes.class.getClassLoader();
    // The package can be in several places (tests add a folder of it), each with some classes.
    Set<String> files = new TreeSet<>();
    try {
      Collections.list(loader.getResources(FOLDER)).forEach(url -> files.addAll(classFiles(url)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<FieldType> types = new ArrayList<>();
    for (String file : files) {
      types.add(instance(loader, PACKAGE + "." + file.replace(".class", "")));
    }
    types.sort(Comparator.comparing(FieldType::yamlName));
    return Collections.unmodifiableList(types);
  }

  /** The files of the kinds' classes in the package at {@code url}, a folder or a jar's. */
  static List<String> classFiles(URL url) {
    String folder = FOLDER;
    try {
      List<String> names = new ArrayList<>();
      if (url.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          jar.stream()
              .map(entry -> entry.getName())
              .filter(entry -> entry.startsWith(folder + "/"))
              .map(entry -> entry.substring(folder.length() + 1))
              .forEach(names::add);
        }
      } else {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          files.map(file -> file.getFileName().toString()).forEach(names::add);
        }
      }
      return names.stream()
          .filter(name -> name.endsWith(SUFFIX) && !name.contains("$") && !name.contains("/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FieldType instance(ClassLoader loader, String name) {
    try {
      return (FieldType) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the question kind " + name, e);
    }
  }
}
