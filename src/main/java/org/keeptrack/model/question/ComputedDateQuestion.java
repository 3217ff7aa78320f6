package org.keeptrack.model.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Worksheet.Field;
import org.keeptrack.yaml.MappingReader;

/**
 * A date the reader does not type: another date question's answer moved by a fixed offset ({@code
 * from}, {@code offset: +2 weeks}), and then, with {@code adjust}, off weekends and Japanese public
 * holidays (the rule itself is the theme's script, scripts/type-computed-date/).
 */
public final class ComputedDateQuestion extends FieldType {

  private static final Pattern OFFSET =
      Pattern.compile("([+-]?)\\s*(\\d{1,3})\\s*(day|week|month)s?");
  private static final Text FIELD = Message.WORKSHEET_FIELD.text();
  private static final Text DATE_HINT = Message.WORKSHEET_NAME_QUESTION_TYPE_DATE.text();

  /**
   * How a computed date follows from a date question: {@code amount} days, weeks or months after it
   * (before it when negative). A month later keeps the day of the month, or takes the month's last
   * day when it has no such day (31 January + 1 month = 28 or 29 February).
   *
   * @param fromPosition where {@code from} is written, for errors found once every question is
   *     known
   */
  public record DateOffset(
      String from, int amount, Unit unit, Adjust adjust, SourcePosition fromPosition)
      implements Settings {
    /**
     * Where the day goes when it falls on a weekend or a public holiday: nowhere, to the working
     * day before it, or to the one after it.
     */
    public enum Adjust {
      NONE(""),
      PREVIOUS_WORKING_DAY("previous-working-day"),
      NEXT_WORKING_DAY("next-working-day");

      private final String yamlName;

      Adjust(String yamlName) {
        this.yamlName = yamlName;
      }

      public String yamlName() {
        return yamlName;
      }
    }

    /** The units an offset counts in, by the name used in the YAML. */
    public enum Unit {
      DAY,
      WEEK,
      MONTH;

      public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
      }
    }
  }

  /**
   * What the template gets: {@code amount} {@code unit}s ({@code day}, {@code week} or {@code
   * month}) after the date question {@code from} (labelled {@code fromLabel}), before it when
   * negative; {@code adjust} is {@code previous-working-day}, {@code next-working-day} or {@code
   * ""}.
   */
  public record OffsetView(String from, String fromLabel, int amount, String unit, String adjust) {}

  @Override
  public List<String> ownKeys() {
    return List.of("from", "offset", "adjust");
  }

  @Override
  public boolean isAnswered() {
    return false;
  }

  @Override
  public boolean givesDay() {
    return true;
  }

  @Override
  public Settings read(QuestionSource source) {
    source.refuseRequired(
        Message.WORKSHEET_COMPUTED_DATE_NEVER_TYPED_SO.text(),
        Message.WORKSHEET_MAKE_FROM_QUESTION_REQUIRED_INSTEAD.text());
    return dateOffset(source.yaml()).map(Settings.class::cast).orElse(NONE);
  }

  /** Reads {@code from} and {@code offset}; whether {@code from} names a date is checked later. */
  private static Optional<DateOffset> dateOffset(MappingReader reader) {
    Optional<String> from =
        reader.requiredText("from", Message.WORKSHEET_NAME_DATE_QUESTION_COMPUTED_FROM.text());
    Text offsetHint = Message.WORKSHEET_WRITE_DAYS_WEEKS_MONTHS_BEFORE.text();
    Optional<String> written = reader.requiredText("offset", offsetHint);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Matcher offset = OFFSET.matcher(written.get().trim());
    if (!offset.matches()) {
      reader.error(
          "offset",
          Message.WORKSHEET_OFFSET_NOT_NUMBER_DAYS_WEEKS.text(),
          written.get(),
          offsetHint);
      return Optional.empty();
    }
    int amount = Integer.parseInt(offset.group(2)) * (offset.group(1).equals("-") ? -1 : 1);
    DateOffset.Unit unit = DateOffset.Unit.valueOf(offset.group(3).toUpperCase(Locale.ROOT));
    Optional<DateOffset.Adjust> adjust = adjust(reader);
    if (adjust.isEmpty()) {
      return Optional.empty();
    }
    return from.map(f -> new DateOffset(f, amount, unit, adjust.get(), reader.positionOf("from")));
  }

  /** Reads {@code adjust}; empty, after an error, when it names no known way. */
  private static Optional<DateOffset.Adjust> adjust(MappingReader reader) {
    Optional<String> written = reader.text("adjust");
    if (written.isEmpty()) {
      return Optional.of(DateOffset.Adjust.NONE);
    }
    for (DateOffset.Adjust adjust : DateOffset.Adjust.values()) {
      if (adjust != DateOffset.Adjust.NONE && adjust.yamlName().equals(written.get().trim())) {
        return Optional.of(adjust);
      }
    }
    reader.error(
        "adjust",
        Message.WORKSHEET_ADJUST_NOT_KNOWN.text(),
        written.get(),
        Message.WORKSHEET_WRITE_ADJUST_WORKING_DAY.text());
    return Optional.empty();
  }

  /** A computed date needs an answer to count from, so {@code from} must name a date question. */
  @Override
  public void check(Field field, Map<String, Field> fields, Diagnostics diagnostics) {
    if (!(field.settings() instanceof DateOffset offset)) {
      return;
    }
    String from = offset.from();
    Field source = fields.get(from);
    if (source == null) {
      diagnostics.error(
          offset.fromPosition(),
          Message.WORKSHEET_THERE_NO_QUESTION.formatted(from).after(FIELD),
          from,
          Suggestions.didYouMean(
              from,
              fields.values().stream()
                  .filter(f -> f.type() instanceof DateQuestion)
                  .map(Field::id)
                  .toList(),
              DATE_HINT));
    } else if (!(source.type() instanceof DateQuestion)) {
      diagnostics.error(
          offset.fromPosition(),
          Message.WORKSHEET_QUESTION_COMPUTED_DATE_COUNTS_FROM
              .text()
              .formatted(from, source.type().yamlName())
              .after(FIELD),
          from,
          DATE_HINT);
    }
  }

  @Override
  public Record view(Field field, Map<String, Field> fields) {
    if (!(field.settings() instanceof DateOffset offset)) {
      return null;
    }
    Field from = fields.get(offset.from());
    return new OffsetView(
        offset.from(),
        from == null ? "" : from.label(),
        offset.amount(),
        offset.unit().yamlName(),
        offset.adjust().yamlName());
  }

  @Override
  public Map<String, Object> scriptData(Field field) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (field.settings() instanceof DateOffset offset) {
      data.put("from", offset.from());
      data.put("amount", offset.amount());
      data.put("unit", offset.unit().yamlName());
      if (offset.adjust() != DateOffset.Adjust.NONE) {
        data.put("adjust", offset.adjust().yamlName());
      }
    }
    return data;
  }
}
