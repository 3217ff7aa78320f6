package org.keeptrack.diagnostic;

/** How bad a problem is: errors stop the build, warnings are printed and the build goes on. */
public enum Severity {
  ERROR(Message.REPORT_ERROR.text()),
  WARNING(Message.REPORT_WARNING.text());

  private final Text label;

  Severity(Text label) {
    this.label = label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
