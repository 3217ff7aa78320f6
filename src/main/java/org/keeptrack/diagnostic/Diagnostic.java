package org.keeptrack.diagnostic;

/**
 * One problem in the sources: where it is, what is wrong, the offending value and how to fix it.
 *
 * @param got the offending value as written, or empty when there is nothing to quote
 * @param hint what to do about it, or {@link Text#NONE}
 */
public record Diagnostic(
    Severity severity, SourcePosition position, Text message, String got, Text hint) {

  private static final Text GOT = Message.REPORT_GOT.text();
  private static final Text HINT = Message.REPORT_HINT.text();

  public Diagnostic {
    got = got == null ? "" : got;
    hint = hint == null ? Text.NONE : hint;
  }

  /**
   * Formats the problem the way compilers do, so editors and terminals can jump to it: {@code
   * content/guide.md:12:5: error: "order" must be a number [got "二"] (hint: …)}.
   */
  public String format(Language language) {
    StringBuilder line = new StringBuilder();
    line.append(position).append(": ").append(headline(language));
    if (!got.isEmpty()) {
      line.append(" [").append(GOT.in(language)).append(" \"").append(got).append("\"]");
    }
    if (!hint.isEmpty()) {
      line.append(" (").append(hintLine(language)).append(')');
    }
    return line.toString();
  }

  /** "error: what is wrong" in {@code language}. */
  public String headline(Language language) {
    return severity.label(language) + ": " + message.in(language);
  }

  /** "hint: …" in {@code language}, or empty when there is no hint. */
  public String hintLine(Language language) {
    return hint.isEmpty() ? "" : HINT.formatted(hint).in(language);
  }
}
