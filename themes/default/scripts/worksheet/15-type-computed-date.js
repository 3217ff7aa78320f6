/* computed-date: not answered, but shown: the day that follows from a date question (field.from)
   moved by field.amount days, weeks or months (field.unit).
   Provides: its kind, KINDS['computed-date'], and computedDate. Uses: fieldsById (10-state); kind
   (12-kinds); fieldElement, dateFits, calendarDay, dayOf, displayDate (20-fields); isVisible
   (30-results). */
kind('computed-date', {
  answered: false,
  names: function (view, field, value, answers) {
    var date = computedDate(field, answers);
    view[field.id] = date ? displayDate(date) : '';
  },
  render: function (field, answers) {
    var date = computedDate(field, answers);
    var output = fieldElement(field.id).querySelector('output');
    output.textContent = date ? displayDate(date) : output.getAttribute('data-empty');
  },
  day: computedDate
});

/* The day a computed date falls on, or null while its question is hidden or unanswered, or when
   it falls outside the years a date may have. Months keep the day of the month, or take the
   month's last day (31 January + 1 month: end of February). */
function computedDate(field, answers) {
  var from = dayOf(answers[field.from]);
  if (!from || !isVisible(field, answers) || !isVisible(fieldsById[field.from], answers)) {
    return null;
  }
  var year = from.getFullYear();
  var month = from.getMonth();
  var day = from.getDate();
  var date;
  if (field.unit === 'month') {
    var last = calendarDay(year, month + field.amount + 1, 0).getDate();
    date = calendarDay(year, month + field.amount, Math.min(day, last));
  } else {
    date = calendarDay(year, month, day + field.amount * (field.unit === 'week' ? 7 : 1));
  }
  return dateFits(date) ? date : null;
}
