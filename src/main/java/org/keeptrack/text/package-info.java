/**
 * Text as readers see it, used by more than one stage: where a short Japanese text may break
 * ({@link org.keeptrack.text.PhraseBreaks}), for headings written from Markdown and for the theme's
 * titles and labels alike.
 */
package org.keeptrack.text;
