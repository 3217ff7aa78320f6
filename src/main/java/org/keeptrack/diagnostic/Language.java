package org.keeptrack.diagnostic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The language messages for contributors are printed in. */
public enum Language {
  EN("en"),
  JA("ja");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  /** The language named by {@code tag} ("ja", "en", "ja_JP", …), if it is one of ours. */
  public static Optional<Language> forTag(String tag) {
    String language = tag.strip().toLowerCase(Locale.ROOT);
    for (Language candidate : values()) {
      if (language.equals(candidate.tag)
          || language.startsWith(candidate.tag + "_")
          || language.startsWith(candidate.tag + "-")) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Japanese when the contributor's system speaks it, English otherwise, the way localised
   * command-line tools choose.
   */
  public static Language ofSystem() {
    return ofSystem(Locale.getDefault(), System.getenv());
  }

  /**
   * The JVM's locale first (on macOS it comes from the system's settings); then, as POSIX tools
   * read it, the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set, which
   * also counts when the named locale is not installed and the JVM fell back to English.
   */
  static Language ofSystem(Locale locale, Map<String, String> environment) {
    if (locale.getLanguage().equals(JA.tag)) {
      return JA;
    }
    for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = environment.getOrDefault(variable, "");
      if (!value.isEmpty()) {
        return forTag(value).orElse(EN);
      }
    }
    return EN;
  }
}
