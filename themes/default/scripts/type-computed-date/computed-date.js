/* computed-date: not answered, but shown: the day that follows from a date question (field.from)
   moved by field.amount days, weeks or months (field.unit), then, when field.adjust says so
   (previous-working-day, next-working-day), to the nearest day before or after that is neither a
   weekend nor a Japanese public holiday. A script of its own, loaded before worksheet.js by the
   pages whose sheets have such a question (see 12-kinds.js).
   Provides: keeptrack.kinds['computed-date'], and keeptrack.dayOff (for the tests).
   Uses: of the sheet's functions (w, 12-kinds): fieldsById, fieldElement, dateFits, calendarDay,
   dayOf, displayDate, isVisible. */
var keeptrack = window.keeptrack = window.keeptrack || {};

/* The n-th Monday of a month (0: January). */
function monday(year, month, n) {
  return 1 + (8 - new Date(year, month, 1).getDay()) % 7 + (n - 1) * 7;
}

/* 春分 and 秋分 by the usual approximation, right from 1980 to 2099; the official days are
   published by the National Astronomical Observatory each February for the next year. */
function equinox(year, base) {
  return Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

/* The 16 国民の祝日 as the law has them since 2020: month (1-12) and day, in pairs. */
function isNamedHoliday(date) {
  var y = date.getFullYear();
  var days = [1, 1, 1, monday(y, 0, 2), 2, 11, 2, 23, 3, equinox(y, 20.8431), 4, 29, 5, 3, 5, 4, 5, 5,
    7, monday(y, 6, 3), 8, 11, 9, monday(y, 8, 3), 9, equinox(y, 23.2488), 10, monday(y, 9, 2), 11, 3, 11, 23];
  for (var i = 0; i < days.length; i += 2) {
    if (days[i] === date.getMonth() + 1 && days[i + 1] === date.getDate()) {
      return true;
    }
  }
  return false;
}

function shift(date, days) {
  var moved = new Date(date.getTime());
  moved.setDate(date.getDate() + days);
  return moved;
}

/* A weekend, a 国民の祝日, a 国民の休日 (a day between two holidays), or a 振替休日 (the first day
   after holidays that began on, or ran through, a Sunday). */
function isDayOff(date) {
  if (date.getDay() % 6 === 0 || isNamedHoliday(date) ||
      (isNamedHoliday(shift(date, -1)) && isNamedHoliday(shift(date, 1)))) {
    return true;
  }
  for (var before = shift(date, -1); isNamedHoliday(before); before = shift(before, -1)) {
    if (before.getDay() === 0) {
      return true;
    }
  }
  return false;
}
keeptrack.dayOff = isDayOff;

var STEP = { 'previous-working-day': -1, 'next-working-day': 1 };

(keeptrack.kinds = keeptrack.kinds || {})['computed-date'] = function (w) {
  /* The day a computed date falls on, or null while its question is hidden or unanswered, or when
     it falls outside the years a date may have. Months keep the day of the month, or take the
     month's last day (31 January + 1 month: end of February). */
  function computedDate(field, answers) {
    var from = w.dayOf(answers[field.from]);
    if (!from || !w.isVisible(field, answers) || !w.isVisible(w.fieldsById[field.from], answers)) {
      return null;
    }
    var year = from.getFullYear();
    var month = from.getMonth();
    var day = from.getDate();
    var date;
    if (field.unit === 'month') {
      var last = w.calendarDay(year, month + field.amount + 1, 0).getDate();
      date = w.calendarDay(year, month + field.amount, Math.min(day, last));
    } else {
      date = w.calendarDay(year, month, day + field.amount * (field.unit === 'week' ? 7 : 1));
    }
    var step = STEP[field.adjust];
    while (step && isDayOff(date)) {
      date = shift(date, step);
    }
    return w.dateFits(date) ? date : null;
  }

  return {
    answered: false,
    names: function (view, field, value, answers) {
      var date = computedDate(field, answers);
      view[field.id] = date ? w.displayDate(date) : '';
    },
    render: function (field, answers) {
      var date = computedDate(field, answers);
      var output = w.fieldElement(field.id).querySelector('output');
      output.textContent = date ? w.displayDate(date) : output.getAttribute('data-empty');
    },
    day: computedDate
  };
};
