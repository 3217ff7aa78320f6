package org.keeptrack.importing;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Message;

/**
 * The markup of VitePress pages that the handbook cannot render: {@code <script setup>} and {@code
 * <style>} blocks are removed, and Vue components become their Markdown equivalent ({@code <Badge
 * text="x" />}, a video, a link) or, when they hold no text, are removed; a {@code <details>} block
 * becomes a {@code ::: details} note. Anything that holds text with no Markdown equivalent ({@code
 * <VPTeamPage>}) is left for {@code check} to name: prose is never dropped.
 */
final class VueMarkup {

  private VueMarkup() {}

  /** A whole tag: its name, its attributes and whether it closes itself. */
  private static final Pattern TAG =
      Pattern.compile(
          "<([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*\"[^\"]*\")?)*)\\s*(/?)>");

  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s=/>]+)(?:\\s*=\\s*\"([^\"]*)\")?");

  /** Attributes that hold no words a reader would miss. */
  private static final List<String> SILENT = List.of("type", "size", "class", "style", "id");

  static List<Edit> edits(Document document, String source) {
    List<Edit> edits = new ArrayList<>(details(document, source));
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlock block) {
        block(block, source).ifPresent(edits::add);
      } else if (node instanceof HtmlInline inline) {
        inline(inline, source).ifPresent(edits::add);
      }
    }
    return edits;
  }

  /** A {@code <script>} or {@code <style>} block, or a block of one component alone. */
  private static Optional<Edit> block(HtmlBlock block, String source) {
    int start = block.getStartOffset();
    int end = block.getEndOffset();
    String html = source.substring(start, end);
    if (isScriptOrStyle(html)) {
      String opening = html.substring(0, html.indexOf('>') + 1);
      long lines = html.strip().lines().count();
      return Optional.of(
          new Edit(
              start,
              end,
              "",
              Message.CLI_IMPORT_REMOVED_BLOCK.text().formatted(lines, Shown.of(opening))));
    }
    Matcher tag = TAG.matcher(html.strip());
    if (tag.matches() && !tag.group(3).isEmpty()) {
      return component(tag, start, end, true);
    }
    return Optional.empty();
  }

  /** A {@code <details>} block opening with its {@code <summary>}, as VitePress pages write it. */
  private static final Pattern DETAILS =
      Pattern.compile(
          "<details>\\s*<summary>(?:<(b|strong)>)?([^<>\\n]+)(?:</\\1>)?</summary>\\s*");

  /**
   * A {@code <details>} block at the top of the page with its {@code </details>}: the handbook's
   * {@code ::: details} note, with the summary as its title. Inside a list, a quote or a note it is
   * left: a note there needs more colons or an indent, which a person chooses better.
   */
  private static List<Edit> details(Document document, String source) {
    List<Edit> edits = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (!(node instanceof HtmlBlock open)) {
        continue;
      }
      Matcher details =
          DETAILS.matcher(source.substring(open.getStartOffset(), open.getEndOffset()));
      Optional<HtmlBlock> close = details.matches() ? closing(open, source) : Optional.empty();
      if (close.isEmpty()) {
        continue;
      }
      String title = "::: details " + details.group(2).strip();
      String opening = source.substring(open.getStartOffset(), open.getEndOffset());
      edits.add(
          new Edit(
              open.getStartOffset(),
              open.getEndOffset(),
              title + "\n",
              Message.CLI_IMPORT_REPLACED.text().formatted(Shown.of(opening), title)));
      edits.add(
          new Edit(
              close.get().getStartOffset(),
              close.get().getEndOffset(),
              ":::\n",
              Message.CLI_IMPORT_REPLACED.text().formatted("</details>", ":::")));
      node = close.get();
    }
    return edits;
  }

  /** The {@code </details>} block that closes {@code open}, if no other block opens one first. */
  private static Optional<HtmlBlock> closing(HtmlBlock open, String source) {
    for (Node next = open.getNext(); next != null; next = next.getNext()) {
      if (next instanceof HtmlBlock block) {
        String html = source.substring(block.getStartOffset(), block.getEndOffset()).strip();
        if (html.equals("</details>")) {
          return Optional.of(block);
        }
        if (html.contains("details")) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code html} is one {@code <script>} or {@code <style>} element, closed: flexmark runs
   * such a block to the end of the page when it is never closed, and the prose after it stays.
   */
  private static boolean isScriptOrStyle(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("<script") && !lower.startsWith("<style")) {
      return false;
    }
    String name = lower.startsWith("<script") ? "script" : "style";
    int close = lower.indexOf("</" + name + ">");
    return close >= 0
        && lower.substring(close + name.length() + 3).isBlank()
        && (lower.length() == name.length() + 1
            || " \t\r\n>".indexOf(lower.charAt(name.length() + 1)) >= 0);
  }

  /** A component written in a line of text: self-closing, or opening a link's words. */
  private static Optional<Edit> inline(HtmlInline inline, String source) {
    int start = inline.getStartOffset();
    int end = inline.getEndOffset();
    Matcher tag = TAG.matcher(source.substring(start, end));
    if (!tag.matches()) {
      return Optional.empty();
    }
    if (!tag.group(3).isEmpty()) {
      Optional<Edit> edit = component(tag, start, end, false);
      // The space before a component removed from the end of a line (a heading's badge) goes
      // with it; one replaced by words keeps it, or they would run into the words before.
      int from = start;
      while (edit.isPresent()
          && edit.get().replacement().isEmpty()
          && from > 0
          && source.charAt(from - 1) == ' '
          && lineEndsAt(source, end)) {
        from--;
      }
      int spaced = from;
      return edit.map(e -> new Edit(spaced, e.end(), e.replacement(), e.what()));
    }
    return linkLike(tag, inline, source);
  }

  private static boolean lineEndsAt(String source, int at) {
    int i = at;
    while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
      i++;
    }
    return i == source.length() || source.charAt(i) == '\n' || source.charAt(i) == '\r';
  }

  private static boolean isComponent(String name) {
    return !name.equals(name.toLowerCase(Locale.ROOT)) || name.contains("-");
  }

  /** A self-closing component: its Markdown equivalent, removed, or left when it holds words. */
  private static Optional<Edit> component(Matcher tag, int start, int end, boolean block) {
    String name = tag.group(1);
    if (!isComponent(name)) {
      return Optional.empty();
    }
    Map<String, String> attributes = attributes(tag.group(2));
    String written = tag.group();
    Optional<String> markdown = equivalent(name, attributes);
    if (markdown.isPresent()) {
      return Optional.of(
          new Edit(
              start,
              end,
              markdown.get() + (block ? "\n" : ""),
              Message.CLI_IMPORT_REPLACED
                  .text()
                  .formatted(Shown.of(written), Shown.of(markdown.get()))));
    }
    boolean words =
        attributes.entrySet().stream()
            .anyMatch(
                a ->
                    !a.getValue().isBlank()
                        && !a.getKey().startsWith(":")
                        && !a.getKey().startsWith("@")
                        && !a.getKey().startsWith("v-")
                        && !SILENT.contains(a.getKey().toLowerCase(Locale.ROOT)));
    if (words) {
      return Optional.empty();
    }
    return Optional.of(
        new Edit(
            start,
            end,
            "",
            Message.CLI_IMPORT_REMOVED_COMPONENT.text().formatted(Shown.of(written))));
  }

  /** What Markdown writes for the components VitePress themes use most. */
  private static Optional<String> equivalent(String name, Map<String, String> attributes) {
    String text = attributes.getOrDefault("text", "");
    if (name.equals("Badge") && !text.isBlank() && !Shown.needsEscape(text)) {
      return Optional.of("**" + text.strip() + "**");
    }
    String video = attributes.getOrDefault("videoId", "");
    if (name.equals("YouTubeVideo") && video.matches("[A-Za-z0-9_?=&.-]+")) {
      return Optional.of("[YouTube](https://youtu.be/" + video + ")");
    }
    return Optional.empty();
  }

  /**
   * An element with an {@code href} around plain words ({@code <a href>}, {@code <ScrimbaLink
   * href>}): the Markdown link to the same address, with the same words.
   */
  private static Optional<Edit> linkLike(Matcher tag, HtmlInline opening, String source) {
    String href = attributes(tag.group(2)).getOrDefault("href", "");
    if (href.isBlank() || !href.matches("https?://[^\\s()<>]+")) {
      return Optional.empty();
    }
    String closing = "</" + tag.group(1) + ">";
    for (Node next = opening.getNext(); next != null; next = next.getNext()) {
      if (next instanceof HtmlInline close
          && source.substring(close.getStartOffset(), close.getEndOffset()).equals(closing)) {
        String words = source.substring(opening.getEndOffset(), close.getStartOffset());
        if (words.isBlank() || Shown.needsEscape(words) || words.contains("\n")) {
          return Optional.empty();
        }
        String link = "[" + words.strip() + "](" + href + ")";
        String written = source.substring(opening.getStartOffset(), close.getEndOffset());
        return Optional.of(
            new Edit(
                opening.getStartOffset(),
                close.getEndOffset(),
                link,
                Message.CLI_IMPORT_REPLACED.text().formatted(Shown.of(written), Shown.of(link))));
      }
      if (next instanceof HtmlInline) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> attributes(String written) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(written);
    while (attribute.find()) {
      attributes.put(attribute.group(1), attribute.group(2) == null ? "" : attribute.group(2));
    }
    return attributes;
  }
}
