package org.keeptrack.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes plain values (maps, lists, strings, numbers, booleans) as JSON: the worksheet script's
 * data, the search index and the preview's events. A package of its own, below the stages that use
 * it. It reads back only strings and lists of strings, for the build's check of its own output.
 *
 * <p>The JSON is embedded in a {@code <script type="application/json">} block, so {@code <} is
 * always escaped: no text from a worksheet can close that element.
 */
public final class Json {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /**
   * The text of the JSON string that starts at the beginning of {@code json}, as {@link #write}
   * writes one.
   *
   * @throws IllegalArgumentException when {@code json} does not start with a whole string
   */
  public static String readString(String json) {
    return new Reader(json).string();
  }

  /**
   * The strings of the JSON list of strings that starts at the beginning of {@code json}.
   *
   * @throws IllegalArgumentException when {@code json} does not start with one
   */
  public static List<String> readStrings(String json) {
    Reader reader = new Reader(json);
    List<String> strings = new ArrayList<>();
    reader.expect('[');
    if (reader.peek() == ']') {
      return strings;
    }
    do {
      strings.add(reader.string());
    } while (reader.next() == ',');
    reader.back(']');
    return strings;
  }

  /** A position in JSON text being read. */
  private static final class Reader {
    private final String json;
    private int at;

    Reader(String json) {
      this.json = json;
    }

    char peek() {
      while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
        at++;
      }
      if (at >= json.length()) {
        throw new IllegalArgumentException("JSON ends early");
      }
      return json.charAt(at);
    }

    char next() {
      char c = peek();
      at++;
      return c;
    }

    void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
      }
    }

    /** Checks that the character just read was {@code c}. */
    void back(char c) {
      if (json.charAt(at - 1) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
      }
    }

    String string() {
      expect('"');
      StringBuilder text = new StringBuilder();
      while (true) {
        if (at >= json.length()) {
          throw new IllegalArgumentException("unclosed string");
        }
        char c = json.charAt(at++);
        if (c == '"') {
          return text.toString();
        }
        if (c != '\\') {
          text.append(c);
          continue;
        }
        char escaped = at < json.length() ? json.charAt(at++) : ' ';
        switch (escaped) {
          case '"', '\\', '/' -> text.append(escaped);
          case 'b' -> text.append('\b');
          case 'f' -> text.append('\f');
          case 'n' -> text.append('\n');
          case 'r' -> text.append('\r');
          case 't' -> text.append('\t');
          case 'u' -> {
            if (at + 4 > json.length()) {
              throw new IllegalArgumentException("short \\u escape");
            }
            text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw new IllegalArgumentException("bad escape \\" + escaped);
        }
      }
    }
  }

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a plain value: " + value.getClass());
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    // Runs of characters that need no escape are copied at once: the search index writes the text
    // of every page through here.
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20
          && c != '"'
          && c != '\\'
          && c != '<'
          && c != '>'
          && c != '&'
          && c != '\u2028'
          && c != '\u2029') {
        continue;
      }
      out.append(text, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default ->
            out.append("\\u")
                .append(HEX[c >> 12 & 0xf])
                .append(HEX[c >> 8 & 0xf])
                .append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
      }
    }
    out.append(text, run, text.length());
    out.append('"');
  }
}
