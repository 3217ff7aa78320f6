package org.keeptrack.diagnostic;

/**
 * One problem in the sources: where it is, what is wrong, the offending value and how to fix it.
 *
 * @param got the offending value as written, or empty when there is nothing to quote
 * @param hint what to do about it, or empty
 */
public record Diagnostic(
    Severity severity, SourcePosition position, String message, String got, String hint) {

  public Diagnostic {
    got = got == null ? "" : got;
    hint = hint == null ? "" : hint;
  }

  /**
   * Formats the problem the way compilers do, so editors and terminals can jump to it: {@code
   * content/guide.md:12:5: error: "order" must be a number [got "二"] (hint: …)}.
   */
  public String format() {
    StringBuilder line = new StringBuilder();
    line.append(position).append(": ").append(severity.label()).append(": ").append(message);
    if (!got.isEmpty()) {
      line.append(" [got \"").append(got).append("\"]");
    }
    if (!hint.isEmpty()) {
      line.append(" (hint: ").append(hint).append(')');
    }
    return line.toString();
  }
}
