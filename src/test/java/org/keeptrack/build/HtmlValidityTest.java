package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the handbook passes the Nu HTML Checker (v.Nu) without a single error. */
class HtmlValidityTest {

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path site = TestProjects.handbook().site();

    List<String> errors = new ArrayList<>();
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    ErrorHandler handler = collecting(errors);
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      String name = site.relativize(page).toString();
      int before = errors.size();
      validator.checkHtmlFile(page.toFile(), true);
      for (int i = before; i < errors.size(); i++) {
        errors.set(i, name + ":" + errors.get(i));
      }
    }
    assertEquals(List.of(), errors, "checked " + pages.size() + " pages");
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
