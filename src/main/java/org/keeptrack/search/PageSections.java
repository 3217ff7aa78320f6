package org.keeptrack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.model.Page;
import org.keeptrack.model.Worksheet;

/**
 * Cuts a page into the parts search results point to: the text before its first h2 or h3, then one
 * part per such heading. Read from the page's model, not its rendered file: the body is the
 * Markdown stage's HTML, whose raw HTML was escaped, so every {@code <} in it starts a tag.
 */
final class PageSections {

  /** One part of a page: the heading that starts it (empty for the first), its anchor, its text. */
  record Section(String heading, String anchor, String text) {}

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

  /** Elements that separate words; inline ones (em, a, code…) join their text to what is around. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "ul",
          "ol",
          "td",
          "th",
          "tr",
          "table",
          "thead",
          "tbody",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "div",
          "blockquote",
          "dt",
          "dd",
          "dl",
          "br",
          "hr",
          "caption",
          "figure",
          "section",
          "input",
          "label");

  private PageSections() {}

  static List<Section> of(Page page) {
    List<Section> sections = new ArrayList<>();
    Builder current = new Builder("", "");
    Builder heading = null;
    String html = page.html();
    Matcher tag = TAG.matcher(html);
    int at = 0;
    while (tag.find()) {
      String text = Entities.unescape(html.substring(at, tag.start()));
      (heading != null ? heading : current).text.append(text);
      at = tag.end();
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      boolean closing = !tag.group(1).isEmpty();
      if (name.equals("h2") || name.equals("h3")) {
        if (!closing) {
          Matcher id = ID.matcher(tag.group(3));
          if (id.find()) {
            current.addTo(sections);
            heading = new Builder("", Entities.unescape(id.group(1)));
            current = heading;
          }
        } else if (heading != null) {
          current = new Builder(heading.text.toString().strip(), heading.anchor);
          heading = null;
        }
      } else if (BLOCKS.contains(name)) {
        (heading != null ? heading : current).text.append(' ');
      }
    }
    current.text.append(Entities.unescape(html.substring(at)));
    current.addTo(sections);
    page.worksheet().ifPresent(sheet -> addWorksheet(sheet, sections));
    return sections;
  }

  /** A worksheet's sections, with the questions and their help, so that they are found too. */
  private static void addWorksheet(Worksheet sheet, List<Section> sections) {
    for (int i = 0; i < sheet.sections().size(); i++) {
      Worksheet.Section section = sheet.sections().get(i);
      StringBuilder text = new StringBuilder(plain(section.introHtml()));
      for (Worksheet.Field field : section.fields()) {
        appendField(field, text);
      }
      sections.add(new Section(section.title(), "section-" + (i + 1), text.toString().strip()));
    }
  }

  private static void appendField(Worksheet.Field field, StringBuilder text) {
    text.append(' ').append(field.label()).append(' ').append(plain(field.helpHtml()));
    field.options().forEach(option -> text.append(' ').append(option.label()));
    field.rows().forEach(row -> text.append(' ').append(row.label()));
    field.columns().forEach(column -> appendField(column, text));
  }

  /** The text of an HTML fragment of the Markdown stage, words of blocks kept apart. */
  static String plain(String html) {
    StringBuilder out = new StringBuilder();
    Matcher tag = TAG.matcher(html);
    int at = 0;
    while (tag.find()) {
      out.append(Entities.unescape(html.substring(at, tag.start())));
      if (BLOCKS.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT))) {
        out.append(' ');
      }
      at = tag.end();
    }
    out.append(Entities.unescape(html.substring(at)));
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
      String collapsed = text.toString().replaceAll("\\s+", " ").strip();
      // The first part stands for the page itself (its title finds it), even when empty.
      if (!collapsed.isEmpty() || !heading.isEmpty() || sections.isEmpty()) {
        sections.add(new Section(heading, anchor, collapsed));
      }
    }
  }
}
