package org.keeptrack.search;

import java.util.ArrayList;
import java.util.List;
import org.keeptrack.model.Body;
import org.keeptrack.model.Page;
import org.keeptrack.model.Worksheet;

/**
 * Cuts a page into the parts search results point to: the text before its first h2 or h3, then one
 * part per such heading. Read from the page's model: its body knows, from the parse, where its text
 * runs, its blocks and its headings are.
 */
final class PageSections {

  /** One part of a page: the heading that starts it (empty for the first), its anchor, its text. */
  record Section(String heading, String anchor, String text) {}

  private PageSections() {}

  static List<Section> of(Page page, SearchWords words) {
    Cutter cutter = new Cutter();
    page.body().read(words::themeWord, cutter);
    cutter.current.addTo(cutter.sections);
    page.worksheet().ifPresent(sheet -> addWorksheet(sheet, words, cutter.sections));
    return cutter.sections;
  }

  /** Collects the sections of a body as it is read. */
  private static final class Cutter implements Body.Reader {
    final List<Section> sections = new ArrayList<>();
    Builder current = new Builder("", "");
    Builder heading;

    @Override
    public void text(String html) {
      current.text.append(Entities.unescape(html));
    }

    @Override
    public void gap() {
      current.text.append(' ');
    }

    @Override
    public void heading(String id) {
      current.addTo(sections);
      heading = new Builder("", Entities.unescape(id));
      current = heading;
    }

    @Override
    public void headingEnd() {
      if (heading != null) {
        current = new Builder(heading.text.toString().strip(), heading.anchor);
        heading = null;
      }
    }
  }

  /** A worksheet's sections, with the questions and their help, so that they are found too. */
  private static void addWorksheet(Worksheet sheet, SearchWords words, List<Section> sections) {
    for (int i = 0; i < sheet.sections().size(); i++) {
      Worksheet.Section section = sheet.sections().get(i);
      StringBuilder text = new StringBuilder(plain(section.introHtml(), words));
      for (Worksheet.Field field : section.fields()) {
        appendField(field, words, text);
      }
      sections.add(new Section(section.title(), "section-" + (i + 1), text.toString().strip()));
    }
  }

  private static void appendField(Worksheet.Field field, SearchWords words, StringBuilder text) {
    text.append(' ').append(field.label()).append(' ').append(plain(field.helpHtml(), words));
    field.options().forEach(option -> text.append(' ').append(option.label()));
    field.rows().forEach(row -> text.append(' ').append(row.label()));
    field.columns().forEach(column -> appendField(column, words, text));
  }

  /** The text of a body, words of blocks kept apart. */
  static String plain(Body body, SearchWords words) {
    StringBuilder out = new StringBuilder();
    body.read(
        words::themeWord,
        new Body.Reader() {
          @Override
          public void text(String html) {
            out.append(Entities.unescape(html));
          }

          @Override
          public void gap() {
            out.append(' ');
          }

          @Override
          public void heading(String id) {}

          @Override
          public void headingEnd() {}
        });
    return out.toString().strip();
  }

  private static final class Builder {
    final String heading;
    final String anchor;
    final StringBuilder text = new StringBuilder();

    Builder(String heading, String anchor) {
      this.heading = heading;
      this.anchor = anchor;
    }

    void addTo(List<Section> sections) {
      String collapsed = collapsed(text);
      // The first part stands for the page itself (its title finds it), even when empty.
      if (!collapsed.isEmpty() || !heading.isEmpty() || sections.isEmpty()) {
        sections.add(new Section(heading, anchor, collapsed));
      }
    }
  }

  /**
   * {@code text} with every run of ASCII white space (what a regular expression's {@code \s} is)
   * made one space, then stripped: one pass, as every section of every page goes through it.
   */
  static String collapsed(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int run = 0; // where the characters not yet copied start
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
      if (white && !space) {
        out.append(text, run, i).append(' ');
        space = true;
      } else if (!white && space) {
        run = i;
        space = false;
      }
    }
    if (!space) {
      out.append(text, run, text.length());
    }
    return out.toString().strip();
  }
}
