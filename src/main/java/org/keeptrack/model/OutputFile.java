package org.keeptrack.model;

/** A file of the finished site, as bytes, at its path inside the output folder. */
public record OutputFile(String path, byte[] content) {}
