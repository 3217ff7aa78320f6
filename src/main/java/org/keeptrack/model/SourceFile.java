package org.keeptrack.model;

/**
 * A text source read from {@code content/}.
 *
 * @param path the path inside {@code content/}, with forward slashes: what links and the navigation
 *     name
 * @param displayPath the path relative to the project: what messages name
 * @param text the file's text with line endings normalised to {@code \n}
 */
public record SourceFile(String path, String displayPath, String text) {}
