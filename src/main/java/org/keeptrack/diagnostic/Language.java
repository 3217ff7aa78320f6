package org.keeptrack.diagnostic;

import java.util.Locale;
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
      if (language.equals(candidate.tag) || language.startsWith(candidate.tag + "_")
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
    return Locale.getDefault().getLanguage().equals(JA.tag) ? JA : EN;
  }
}
