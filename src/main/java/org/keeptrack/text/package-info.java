/**
 * Text as readers see it, used by more than one stage: where a short Japanese text may break
 * ({@link org.keeptrack.text.PhraseBreaks}), for headings written from Markdown and for the theme's
 * titles and labels alike; and the start tags of a page the build wrote ({@link
 * org.keeptrack.text.StartTags}), read by the output check and the page weights.
 */
package org.keeptrack.text;
