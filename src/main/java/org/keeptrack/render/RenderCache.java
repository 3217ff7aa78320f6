package org.keeptrack.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages of the previous build by path, with the template data they were made of: a page whose
 * data is equal this time is not rendered again. The live preview keeps one across rebuilds, so
 * that saving one page renders that page and those whose navigation or neighbours it changed.
 *
 * <p>The data holds everything a template can see, so equal data makes an equal page as long as the
 * templates are the same: the cache is for one theme as loaded, and is emptied when a template
 * changes ({@link #clear}).
 */
public final class RenderCache {

  record Entry(Object data, ThemeRenderer.RenderedPage page) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** The pages of the printable volumes, rewritten for them; see {@link PrintBook#parts}. */
  private Map<String, PrintBook.Part> printParts = Map.of();

  Map<String, PrintBook.Part> printParts() {
    return printParts;
  }

  /** Keeps the parts of the last build only, so that removed pages are let go. */
  void printParts(Map<String, PrintBook.Part> made) {
    printParts = Map.copyOf(made);
  }

  Entry get(String path) {
    return entries.get(path);
  }

  void put(String path, Object data, ThemeRenderer.RenderedPage page) {
    entries.put(path, new Entry(data, page));
  }

  /** Forgets every page, as after a change of the theme. */
  public void clear() {
    entries.clear();
    printParts = Map.of();
  }
}
