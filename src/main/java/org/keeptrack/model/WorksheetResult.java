package org.keeptrack.model;

import java.util.List;

/** Something composed from a worksheet's answers in the reader's browser. */
public sealed interface WorksheetResult {

  String id();

  String title();

  /**
   * Text assembled from the answers with a Mustache template, to copy or print: for example the
   * exact words to say in an interview.
   */
  record Text(String id, String title, String template) implements WorksheetResult {}

  /**
   * A calendar file (.ics) with one weekly all-day event per row of a table whose fixed rows are
   * weekdays ({@code MO} … {@code SU}).
   *
   * @param summary a Mustache template over the row's columns, the event's title
   */
  record Calendar(String id, String title, String filename, String table, String summary)
      implements WorksheetResult {}

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
  }

  /**
   * One possible outcome of a score.
   *
   * @param page the page to read: its path inside content/, with a {@code #fragment} if any
   */
  record Outcome(String id, String title, String text, String page) {}
}
