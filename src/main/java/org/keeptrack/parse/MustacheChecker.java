package org.keeptrack.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
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
                Text.of("partials and delimiter changes are not supported", "パーシャルと区切り記号の変更は使えません")
                    .after(subject),
                tag.group(),
                Text.of(
                    "use {{name}}, {{#name}}…{{/name}} and {{^name}}…{{/name}}",
                    "{{name}}、{{#name}}…{{/name}}、{{^name}}…{{/name}} を使います"));
        case "/" -> {
          if (open.isEmpty() || !open.peek().equals(name)) {
            diagnostics.error(
                at,
                Text.of(
                        "`{{/%s}}` closes a section that is not open",
                        "`{{/%s}}` で閉じようとしているセクションは開いていません")
                    .formatted(name)
                    .after(subject),
                tag.group(),
                open.isEmpty()
                    ? Text.of("remove it", "この閉じタグを消してください")
                    : Text.of("close `{{#%s}}` first", "先に `{{#%s}}` を閉じてください")
                        .formatted(open.peek()));
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
          Text.of("the section `{{#%s}}` is never closed", "セクション `{{#%s}}` が閉じていません")
              .formatted(open.peek())
              .after(subject),
          "",
          Text.of("add `{{/%s}}` where it ends", "終わるところに `{{/%s}}` を書きます").formatted(open.peek()));
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
        Text.of(
                "the template uses `%s`, which no question of the worksheet defines",
                "テンプレートが使う `%s` は、このワークシートのどの質問にもありません")
            .formatted(name)
            .after(subject),
        name,
        Suggestions.didYouMean(
            name,
            all,
            Text.of("the names here are %s", "ここで使える名前は %s です").formatted(String.join(", ", all))));
  }
}
