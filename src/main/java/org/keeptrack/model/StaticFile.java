package org.keeptrack.model;

import java.nio.file.Path;

/** A file copied to the site unchanged: an image next to a page, or a theme asset. */
public record StaticFile(String outputPath, Path source) {}
