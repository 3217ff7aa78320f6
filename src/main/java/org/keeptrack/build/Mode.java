package org.keeptrack.build;

/**
 * How a build ends: written as the published site, written live, or not written at all. What each
 * producer makes differently in a mode is asked here, once, with the reason.
 */
enum Mode {
  /**
   * Written as the published site, in place of the last one only when the whole build succeeded.
   */
  PUBLISH,
  /** Written into the live preview's folder: only what changed since the last live build. */
  LIVE,
  /** Not written at all, not even the minifier's cache, though every problem is reported. */
  CHECK;

  /** Whether files are written: the site, and the minified scripts kept in the theme. */
  boolean writes() {
    return this == PUBLISH;
  }

  /**
   * Whether pages whose template data is as last time are taken from the render cache: the preview
   * rebuilds on every save, and each must cost the pages it changed.
   */
  boolean rendersChangesOnly() {
    return this == LIVE;
  }

  /**
   * Whether the build makes and checks the whole site at once: its search index, its offline files,
   * the check of everything it made, the pages' weights. Not in the preview: it renders only the
   * pages that changed, answers every save at once, and writes the search index after open pages
   * reloaded ({@link BuildPipeline#indexForSearch}); it has no service worker, which would keep
   * pages the writer is changing.
   */
  boolean makesWholeSite() {
    return this != LIVE;
  }
}
