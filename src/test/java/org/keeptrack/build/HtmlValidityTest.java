package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.openqa.selenium.json.Json;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every page of the handbook passes the Nu HTML Checker (v.Nu) without a single error, also as it
 * is once its parts loaded on request (an element's {@code data-part}) are in it; so does every
 * page of the worksheets fixture, whose packet page has headings beside its sheets, in the real
 * theme.
 */
class HtmlValidityTest {

  @TempDir Path temp;

  @Test
  void everyPageIsValidHtml() throws Exception {
    assertValid(TestProjects.handbook().site());
  }

  @Test
  void everyPageOfTheWorksheetsFixtureIsValidHtml() throws Exception {
    TestProjects.copyOfWorksheetsWithTheme(temp);
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    TestProjects.buildOrFail(layout);
    assertValid(layout.output());
  }

  private static void assertValid(Path site) throws Exception {
    List<String> errors = new ArrayList<>();
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    ErrorHandler handler = collecting(errors);
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    int checked = 0;
    for (Path page : pages) {
      List<String> versions = new ArrayList<>();
      versions.add(Files.readString(page));
      versions.addAll(withParts(page, versions.get(0)));
      for (int v = 0; v < versions.size(); v++) {
        String name = site.relativize(page) + (v == 0 ? "" : " with its parts");
        int before = errors.size();
        InputSource source = new InputSource(new StringReader(versions.get(v)));
        source.setSystemId(page.toUri().toString());
        validator.checkHtmlInputSource(source);
        for (int i = before; i < errors.size(); i++) {
          errors.set(i, name + ":" + errors.get(i));
        }
        checked++;
      }
    }
    assertTrue(checked > pages.size(), "the handbook has a page with parts");
    assertEquals(List.of(), errors, "checked " + checked + " pages");
  }

  private static final Pattern PART = Pattern.compile("<[^>]* data-part=\"([^\"]+)\"[^>]*>");

  /** The page with the markup of each of its parts in the element that names it, if it has any. */
  private static List<String> withParts(Path page, String html) throws IOException {
    Matcher part = PART.matcher(html);
    StringBuilder whole = new StringBuilder();
    boolean any = false;
    while (part.find()) {
      String script = Files.readString(page.resolveSibling(part.group(1)));
      // The part's markup is the script's one string literal.
      String literal = script.substring(script.indexOf('"'), script.lastIndexOf(';'));
      part.appendReplacement(
          whole, Matcher.quoteReplacement(part.group() + new Json().toType(literal, String.class)));
      any = true;
    }
    part.appendTail(whole);
    return any ? List.of(whole.toString()) : List.of();
  }

  private static ErrorHandler collecting(List<String> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
  }
}
