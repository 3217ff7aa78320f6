package org.keeptrack.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Something composed from a worksheet's answers in the reader's browser. */
public sealed interface WorksheetResult {

  String id();

  String title();

  Kind kind();

  /** The kinds of result, by the name used in the YAML's {@code type:}. */
  enum Kind {
    TEXT,
    CALENDAR,
    SCORE;

    public String yamlName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> of(String name) {
      return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
    }

    public static List<String> names() {
      return Arrays.stream(values()).map(Kind::yamlName).toList();
    }
  }

  /**
   * Text assembled from the answers with a Mustache template, to copy or print: for example the
   * exact words to say in an interview.
   */
  record Text(String id, String title, String template) implements WorksheetResult {
    @Override
    public Kind kind() {
      return Kind.TEXT;
    }
  }

  /**
   * A calendar file (.ics): either one weekly all-day event per row of a table whose fixed rows are
   * weekdays ({@code MO} … {@code SU}), or one all-day event with a reminder per date question.
   *
   * @param table the weekday table, or empty when the calendar is made of {@code dates}
   * @param summary a Mustache template over the row's columns, the event's title; empty with dates
   * @param dates the date and computed-date questions that each become an event, titled by label
   */
  record Calendar(
      String id,
      String title,
      String filename,
      String table,
      String summary,
      int weeks,
      List<String> dates)
      implements WorksheetResult {
    /** The weeks a roster repeats when the sheet does not say: half a year. */
    public static final int DEFAULT_WEEKS = 26;

    /** The most weeks a roster may repeat: ten years. */
    public static final int MOST_WEEKS = 520;

    public Calendar {
      dates = List.copyOf(dates);
    }

    @Override
    public Kind kind() {
      return Kind.CALENDAR;
    }
  }

  /**
   * Counts the "yes" answers of yes/no questions per outcome and names the outcome with the most.
   *
   * @param none shown while no question counts towards any outcome
   */
  record Score(String id, String title, List<Outcome> outcomes, String none)
      implements WorksheetResult {
    public Score {
      outcomes = List.copyOf(outcomes);
    }

    @Override
    public Kind kind() {
      return Kind.SCORE;
    }
  }

  /**
   * One possible outcome of a score.
   *
   * @param page the page to read: its path inside content/, with a {@code #fragment} if any
   */
  record Outcome(String id, String title, String text, String page) {}
}
