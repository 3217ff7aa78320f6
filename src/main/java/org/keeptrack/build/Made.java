package org.keeptrack.build;

import java.util.ArrayList;
import java.util.List;
import org.keeptrack.model.OutputFile;
import org.keeptrack.render.PageWeights;
import org.keeptrack.render.ThemeRenderer.RenderedPage;

/**
 * What the build's producers made so far.
 *
 * @param pages the rendered pages, handed to the output as they were made (not kept)
 * @param files every other file, written once the whole build is known to be right
 * @param searchIndexBytes the size of the search index, loaded only when searching
 * @param weights each page's bytes of HTML, CSS and JavaScript
 */
record Made(
    List<RenderedPage> pages,
    List<OutputFile> files,
    long searchIndexBytes,
    List<PageWeights.PageWeight> weights) {

  static final Made NOTHING = new Made(List.of(), List.of(), 0, List.of());

  Made {
    pages = List.copyOf(pages);
    files = List.copyOf(files);
    weights = List.copyOf(weights);
  }

  static Made pages(List<RenderedPage> pages) {
    return new Made(pages, List.of(), 0, List.of());
  }

  static Made files(List<OutputFile> files) {
    return new Made(List.of(), files, 0, List.of());
  }

  static Made searchIndex(List<OutputFile> files, long bytes) {
    return new Made(List.of(), files, bytes, List.of());
  }

  static Made weights(List<PageWeights.PageWeight> weights) {
    return new Made(List.of(), List.of(), 0, weights);
  }

  /** This and {@code more}, as the build's producers add up. */
  Made plus(Made more) {
    return new Made(
        concat(pages, more.pages),
        concat(files, more.files),
        searchIndexBytes + more.searchIndexBytes,
        concat(weights, more.weights));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<T> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }
}
