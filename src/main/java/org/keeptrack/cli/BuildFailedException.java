package org.keeptrack.cli;

/**
 * Ends a run that failed, after the problems have been printed; its message is the run's last line.
 *
 * <p>It carries no cause and no stack trace: {@link Main#execute} prints the message and gives exit
 * status 1, and nothing else of it is ever shown.
 */
final class BuildFailedException extends RuntimeException {
  BuildFailedException(String message) {
    super(message, null, false, false);
  }
}
