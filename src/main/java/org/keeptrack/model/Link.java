package org.keeptrack.model;

import org.keeptrack.diagnostic.SourcePosition;

/**
 * A link or image in a page's Markdown, as the author wrote it.
 *
 * @param target the destination after entity and escape decoding
 * @param image whether it is an image, which must name a file rather than a page
 */
public record Link(String target, boolean image, SourcePosition position) {}
