package org.keeptrack.cli;

/**
 * Ends a build that found problems in the sources, after they have been printed.
 *
 * <p>It carries no cause and no stack trace: the message is all Maven shows, and the problems
 * themselves are already listed above it.
 */
public final class BuildFailedException extends RuntimeException {
  public BuildFailedException(String message) {
    super(message, null, false, false);
  }
}
