package org.keeptrack.config;

import java.nio.file.Path;

/**
 * Where a build reads and writes: the project folder, its content and themes, and the output.
 *
 * <p>All are absolute, so that nothing depends on the folder Maven was started in; positions in
 * messages are printed relative to {@link #project()}.
 */
public record ProjectLayout(Path project, Path content, Path themes, Path output) {

  public static final String CONFIG_FILE = "handbook.yaml";
  public static final String TERMS_FILE = "terms.yaml";

  public ProjectLayout {
    project = project.toAbsolutePath().normalize();
    content = content.toAbsolutePath().normalize();
    themes = themes.toAbsolutePath().normalize();
    output = output.toAbsolutePath().normalize();
  }

  /** The standard layout: {@code content/} and {@code themes/} in the project, output as given. */
  public static ProjectLayout standard(Path project, Path output) {
    Path root = project.toAbsolutePath().normalize();
    return new ProjectLayout(
        root, root.resolve("content"), root.resolve("themes"), root.resolve(output));
  }

  public Path configFile() {
    return content.resolve(CONFIG_FILE);
  }

  /** The preferred spellings of the handbook's terms; optional. */
  public Path termsFile() {
    return content.resolve(TERMS_FILE);
  }

  /** The folder of the theme {@code name}, inside {@link #themes()}. */
  public Path theme(String name) {
    return themes.resolve(name);
  }

  /**
   * A path as messages show it: relative to the project, with forward slashes; the project itself
   * is {@code .}.
   */
  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(project) ? project.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
