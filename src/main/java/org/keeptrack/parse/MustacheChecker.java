package org.keeptrack.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.yaml.YamlValue;

/**
 * Checks the tags of a worksheet's Mustache template when the site is built: sections that open and
 * close in order, and names that the worksheet defines.
 *
 * <p>The template is rendered in the reader's browser by the worksheet script; this class never
 * renders. Without it a misspelt name would silently print nothing, so each mistake is reported at
 * its line and column instead. Only the subset the worksheets need is accepted: variables,
 * sections, inverted sections and comments; partials and delimiter changes are refused.
 */
final class MustacheChecker {

  private static final Pattern TAG =
      Pattern.compile("\\{\\{(\\{)?\\s*([#^/!&>=]?)\\s*(.*?)\\s*\\}?\\}\\}", Pattern.DOTALL);

  private final Diagnostics diagnostics;

  MustacheChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * @param names the names usable at the top of the template
   * @param listItems for a name whose section repeats over rows, the names usable inside it
   */
  void check(
      Text subject,
      YamlValue.Scalar template,
      Set<String> names,
      Map<String, Set<String>> listItems) {
    String text = template.source();
    SourcePosition start = template.textStart();
    SourceLines lines = new SourceLines(start.path(), text, start.line());
    Deque<Set<String>> scopes = new ArrayDeque<>();
    Deque<String> open = new ArrayDeque<>();
    Deque<SourcePosition> openedAt = new ArrayDeque<>();
    scopes.push(names);
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      SourcePosition at = lines.at(tag.start());
      at = new SourcePosition(at.path(), at.line(), at.column() + start.column() - 1);
      String kind = tag.group(2);
      String name = tag.group(3);
      switch (kind) {
        case "!" -> {}
        case ">", "=" ->
            diagnostics.error(
                at,
                Message.TEMPLATE_PARTIALS_DELIMITER_CHANGES_NOT_SUPPORTED.text().after(subject),
                tag.group(),
                Message.TEMPLATE_USE_NAME_NAME_NAME_NAME.text());
        case "/" -> {
          if (open.isEmpty() || !open.peek().equals(name)) {
            diagnostics.error(
                at,
                Message.TEMPLATE_CLOSES_SECTION_NOT_OPEN.text().formatted(name).after(subject),
                tag.group(),
                open.isEmpty()
                    ? Message.TEMPLATE_REMOVE.text()
                    : Message.TEMPLATE_CLOSE_FIRST.text().formatted(open.peek()));
          } else {
            open.pop();
            openedAt.pop();
            scopes.pop();
          }
        }
        default -> {
          known(subject, name, at, scopes);
          if (kind.equals("#") || kind.equals("^")) {
            open.push(name);
            openedAt.push(at);
            scopes.push(kind.equals("#") ? listItems.getOrDefault(name, Set.of()) : Set.of());
          }
        }
      }
    }
    if (!open.isEmpty()) {
      diagnostics.error(
          openedAt.peek(),
          Message.TEMPLATE_SECTION_NEVER_CLOSED.text().formatted(open.peek()).after(subject),
          "",
          Message.TEMPLATE_ADD_WHERE_ENDS.formatted(open.peek()));
    }
  }

  private void known(Text subject, String name, SourcePosition at, Deque<Set<String>> scopes) {
    if (name.equals(".") || scopes.stream().anyMatch(scope -> scope.contains(name))) {
      return;
    }
    Set<String> all = new TreeSet<>();
    scopes.forEach(all::addAll);
    diagnostics.error(
        at,
        Message.TEMPLATE_USES_WHICH_NO_QUESTION.text().formatted(name).after(subject),
        name,
        Suggestions.didYouMean(
            name, all, Message.TEMPLATE_NAMES_HERE.formatted(String.join(", ", all))));
  }
}
