package org.keeptrack.render;

import com.google.javascript.jscomp.CommandLineRunner;
import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.JSError;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.StaticFile;

/**
 * Minifies the theme's scripts with the Closure Compiler (simple optimisations: whitespace,
 * comments, local names), so that pages stay within their weight on a phone while the sources keep
 * their comments. A syntax error in a script is reported at its line and column.
 *
 * <p>The compiler takes seconds to start, so its results are kept in a {@link MinifiedScripts}
 * cache keyed by the script's text: the compiler is loaded only when a script changed.
 */
public final class ScriptMinifier {

  /**
   * What, besides a script's text, decides its minified form. Raise it with the Closure version in
   * pom.xml or the options below; {@code ScriptMinifierTest} checks that the version matches.
   */
  static final String SETTINGS = "closure-compiler v20240317; SIMPLE; ES2020 in, ES2017 out";

  private final Diagnostics diagnostics;
  private final MinifiedScripts cache;
  private List<SourceFile> externs;

  public ScriptMinifier(Diagnostics diagnostics, MinifiedScripts cache) {
    this.diagnostics = diagnostics;
    this.cache = cache;
  }

  /** Whether a file of the site is a script this minifies. */
  public static boolean isScript(StaticFile file) {
    return file.outputPath().endsWith(".js");
  }

  /** Every script among {@code files}, minified; scripts that do not compile are reported. */
  public List<OutputFile> minifyAll(List<StaticFile> files, ProjectLayout layout) {
    List<OutputFile> out = new ArrayList<>();
    for (StaticFile file : files) {
      if (!isScript(file)) {
        continue;
      }
      String code;
      try {
        code = Files.readString(file.source(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String path = layout.display(file.source());
      cached(file.outputPath(), code, (line, column) -> new SourcePosition(path, line, column))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * A script joined from parts, minified, or empty when it does not compile (the problem is
   * reported in the part it is in).
   */
  public Optional<String> minifyJoined(ThemeScripts.Joined script) {
    return cached(script.outputPath(), script.code(), script::at)
        .map(file -> new String(file.content(), StandardCharsets.UTF_8));
  }

  private Optional<OutputFile> cached(String name, String code, Where where) {
    Optional<String> minified = cache.get(name, code);
    if (minified.isEmpty()) {
      minified = minify(code, where);
      minified.ifPresent(min -> cache.put(name, code, min));
    }
    return minified.map(min -> new OutputFile(name, min.getBytes(StandardCharsets.UTF_8)));
  }

  /** Where a line and column of the compiled text were written. */
  private interface Where {
    SourcePosition at(int line, int column);
  }

  /** The minified script, or empty when it does not compile (the problem is reported). */
  public Optional<String> minify(String path, String code) {
    return minify(code, (line, column) -> new SourcePosition(path, line, column));
  }

  private Optional<String> minify(String code, Where where) {
    CompilerOptions options = new CompilerOptions();
    CompilationLevel.SIMPLE_OPTIMIZATIONS.setOptionsForCompilationLevel(options);
    options.setLanguageIn(CompilerOptions.LanguageMode.ECMASCRIPT_2020);
    options.setLanguageOut(CompilerOptions.LanguageMode.ECMASCRIPT_2017);
    options.setEmitUseStrict(false);
    // Japanese words stay three bytes rather than six as escapes: pages and scripts are all UTF-8.
    options.setOutputCharset(StandardCharsets.UTF_8);
    Compiler compiler = new Compiler(new PrintStream(OutputStream.nullOutputStream()));
    Result result =
        compiler.compile(externs(), List.of(SourceFile.fromCode("script.js", code)), options);
    if (!result.success) {
      for (JSError error : result.errors) {
        diagnostics.error(
            where.at(Math.max(1, error.getLineNumber()), Math.max(1, error.getCharno() + 1)),
            Message.THEME_SCRIPT_ERROR.formatted(error.getDescription()),
            "",
            Message.THEME_FIX_SCRIPT_THEME_MINIFIED_WHEN.text());
      }
      return Optional.empty();
    }
    return Optional.of(compiler.toSource() + "\n");
  }

  private List<SourceFile> externs() {
    if (externs == null) {
      try {
        externs = CommandLineRunner.getDefaultExterns();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return externs;
  }
}
