package org.keeptrack.diagnostic;

/** How bad a problem is: errors stop the build, warnings are printed and the build goes on. */
public enum Severity {
  ERROR,
  WARNING;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
