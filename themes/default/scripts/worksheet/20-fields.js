/* The form: reading and writing answers, and the days that date answers name.

   Provides: answerable, fieldElement, readForm, readField, writeForm, limitAnswers, markRefused,
   dateFits, calendarDay, isoDay, dayOf, displayDate.
   Uses: fill, dateText, sheet, form, MAX_TEXT, rules, keepsRule (10-state); kindOf (12-kinds).
 */

/* Questions the reader answers; a computed date only shows what follows from another answer. */
var answerable = sheet.fields.filter(function (field) { return kindOf(field).answered; });

/* ---------- reading and writing the form ---------- */

function fieldElement(id) {
  return form.querySelector('[data-field="' + id + '"]');
}

/* The answers the form holds; a value the question does not accept (a year the form refuses)
   counts as no answer. */
function readForm() {
  var answers = {};
  answerable.forEach(function (field) {
    answers[field.id] = readField(field);
  });
  return answers;
}

function readField(field) {
  return kindOf(field).read(field, fieldElement(field.id));
}

/* Shows answers in the form. With keepTyping (another tab saved this sheet), the control the
   reader is in keeps what she is typing. */
function writeForm(answers, keepTyping) {
  var typing = keepTyping && form.contains(document.activeElement) ? document.activeElement : null;
  function set(input, value) {
    if (input !== typing) {
      input.value = value;
    }
  }
  function tick(input, checked) {
    if (input !== typing) {
      input.checked = checked;
    }
  }
  answerable.forEach(function (field) {
    kindOf(field).write(field, fieldElement(field.id), answers[field.id], set, tick, typing);
  });
  markRefused();
}

/* The form holds no answer it would not keep: text stops at the length kept (a longer one would
   be refused whole), and dates and months take a year of four digits, as calendar files need
   (the form says so of a year it refuses, and does not save it). */
function limitAnswers() {
  form.querySelectorAll('input[type="text"], input:not([type]), textarea').forEach(function (input) {
    input.maxLength = MAX_TEXT;
  });
  form.querySelectorAll('input[type="date"], input[type="month"]').forEach(function (input) {
    var rule = rules[input.type] || {};
    input.min = rule.min || '';
    input.max = rule.max || '';
  });
}

/* Marks each date or month the form refuses; true when there is one. */
function markRefused() {
  var refused = false;
  form.querySelectorAll('input[type="date"], input[type="month"]').forEach(function (input) {
    var rule = rules[input.type] || {};
    var bad = input.value !== '' && !keepsRule(input, input.value);
    input.setCustomValidity(bad ? yearsText(rule) : '');
    if (bad) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
    refused = refused || bad;
  });
  return refused;
}

function yearsText(rule) {
  return fill(T.year_range, [String(rule.min).slice(0, 4), String(rule.max).slice(0, 4)]);
}

/* ---------- dates ---------- */

/* Whether a day lies in the years a date answer may name. */
function dateFits(date) {
  return keepsRule({ type: 'date' }, isoDay(date));
}

/* A day of the calendar; unlike new Date(y, m, d), years 0 to 99 are not taken for 1900 to 1999. */
function calendarDay(year, month, day) {
  var date = new Date(2000, 0, 1);
  date.setFullYear(year, month, day);
  return date;
}

function isoDay(date) {
  var year = date.getFullYear();
  return (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0') + '-' +
    String(date.getMonth() + 1).padStart(2, '0') + '-' + String(date.getDate()).padStart(2, '0');
}

/* The day a date answer names ("2027-04-01"), or null when there is no such day. */
function dayOf(value) {
  var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value : '');
  if (!match) {
    return null;
  }
  var date = calendarDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDay(date) === value ? date : null;
}

function displayDate(date) {
  return dateText(T.date_weekday, date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getDay());
}
