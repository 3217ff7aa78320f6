package org.keeptrack.diagnostic;

import java.util.Locale;

/**
 * A message for contributors in English and in Japanese; the contributor's {@link Language} picks
 * which one is shown. Messages are written in the catalog, {@link Message}; a {@code Text} made
 * here is a name or a message with its values filled in.
 */
public record Text(String en, String ja) {

  public static final Text NONE = new Text("", "");

  public Text {
    en = en == null ? "" : en;
    ja = ja == null ? "" : ja;
  }

  /** Messages are written in {@link Message}, the catalog; this makes its entries. */
  static Text of(String en, String ja) {
    return new Text(en, ja);
  }

  /** A name that reads the same in both languages, such as a file name. */
  public static Text name(String name) {
    return new Text(name, name);
  }

  public String in(Language language) {
    return language == Language.JA ? ja : en;
  }

  public boolean isEmpty() {
    return en.isEmpty() && ja.isEmpty();
  }

  /**
   * Both translations with {@link String#format} arguments filled in; an argument that is itself a
   * {@code Text} is filled in in the same language.
   */
  public Text formatted(Object... args) {
    return new Text(
        String.format(Locale.ROOT, en, in(Language.EN, args)),
        String.format(Locale.ROOT, ja, in(Language.JA, args)));
  }

  private static Object[] in(Language language, Object[] args) {
    Object[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i] instanceof Text text) {
        resolved[i] = text.in(language);
      }
    }
    return resolved;
  }

  /** "subject: message" in each language, naming the part of a file a message is about. */
  public Text after(Text subject) {
    return subject.isEmpty() ? this : new Text(subject.en + ": " + en, subject.ja + ": " + ja);
  }
}
