package org.keeptrack.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words the Markdown stage writes into pages, in the site's language: the title a callout
 * ({@code !!! tip}) gets when its author gives none, and what a screen reader says for a ticked and
 * an unticked list item. They come from the theme's words ({@code callout_KIND}, {@code task_done},
 * {@code task_todo}); a theme without them gets Japanese.
 */
public record MarkdownWords(Map<String, String> callouts, String taskDone, String taskTodo) {

  /** The kinds of callout and their Japanese titles. */
  static final Map<String, String> JAPANESE_CALLOUTS =
      Map.of(
          "note", "メモ",
          "tip", "ポイント",
          "important", "大切なこと",
          "warning", "注意",
          "example", "例");

  public static final MarkdownWords JAPANESE = new MarkdownWords(JAPANESE_CALLOUTS, "済み", "未完了");

  public MarkdownWords {
    callouts = Map.copyOf(callouts);
  }

  /** The words among a theme's words ({@code msg}), Japanese for those it lacks. */
  public static MarkdownWords from(Map<String, String> words) {
    Map<String, String> callouts = new LinkedHashMap<>();
    JAPANESE_CALLOUTS.forEach(
        (kind, title) -> callouts.put(kind, words.getOrDefault("callout_" + kind, title)));
    return new MarkdownWords(
        callouts,
        words.getOrDefault("task_done", JAPANESE.taskDone()),
        words.getOrDefault("task_todo", JAPANESE.taskTodo()));
  }

  /** Whether {@code kind} is a kind of callout. */
  static boolean isCallout(String kind) {
    return JAPANESE_CALLOUTS.containsKey(kind);
  }
}
