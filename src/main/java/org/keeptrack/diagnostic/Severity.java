package org.keeptrack.diagnostic;

/** How bad a problem is: errors stop the build, warnings are printed and the build goes on. */
public enum Severity {
  ERROR(Text.of("error", "エラー")),
  WARNING(Text.of("warning", "警告"));

  private final Text label;

  Severity(Text label) {
    this.label = label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
