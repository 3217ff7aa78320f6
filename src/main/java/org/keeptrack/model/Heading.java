package org.keeptrack.model;

import org.keeptrack.diagnostic.SourcePosition;

/** A heading of a page, with the id its anchor links use. */
public record Heading(int level, String text, String id, SourcePosition position) {}
