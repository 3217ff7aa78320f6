/*
 * keeptrack worksheets, joined by the build into assets/worksheet.js inside one function (see the
 * theme README): saves answers on this device only (localStorage), shows conditional questions,
 * computes dates, counts progress, composes the results with a small Mustache renderer of its own
 * (mustache.js would make the pages too heavy), and prepares printing; calendar files and sharing
 * are scripts of their own, loaded on first use (90-start.js). A classic script (no modules, no
 * fetch) so that it also works when the site is opened from disk. Nothing here sends data anywhere.
 *
 * This part: the sheet as the page describes it (the JSON block the build writes), and the answers
 * saved on this device.
 */

/* A text of T with its {0}, {1} or {name} filled in from values (a list or an object). */
function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, function (whole, key) {
    return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
  });
}

/* A date as the site's language writes it: {y}, {m} (the month's number), {M} (its name), {d}
   and {w} (the weekday's name, when weekday is given). */
function dateText(format, year, month, day, weekday) {
  return fill(format, {
    y: year,
    m: month,
    M: T.months.split(',')[month - 1],
    d: day,
    w: weekday === undefined ? '' : T.weekdays.split(',')[weekday]
  });
}

/* A page that shows several sheets loads this script once for each: every run takes the first
   sheet not yet started (the last step of a run marks its sheet .ws-ready). Their ids start with
   data-prefix. */
var root = document.querySelector('[data-worksheet]:not(.ws-ready)');
var dataBlock = root && root.querySelector('[data-worksheet-data]');
if (!dataBlock) {
  return;
}
var prefix = root.getAttribute('data-prefix') || '';
var sheet = JSON.parse(dataBlock.textContent);
/* The page leaves out what a question does not use; these are the defaults. */
(function withDefaults(fields) {
  fields.forEach(function (field) {
    field.options = field.options || [];
    field.columns = withDefaults(field.columns || []);
    field.rows = field.rows || [];
    field.minRows = field.minRows || 1;
    field.showIfField = field.showIfField || '';
  });
  return fields;
})(sheet.fields);
var form = root.querySelector('[data-form]');
var storageKey = 'keeptrack:worksheet:' + sheet.id;
var FORMAT = 'keeptrack-worksheet';
var fieldsById = {};
sheet.fields.forEach(function (field) { fieldsById[field.id] = field; });

var MULTI = { checkboxes: true, checklist: true };
/* Questions the reader answers; a computed date only shows what follows from another answer. */
var answerable = sheet.fields.filter(function (field) { return field.type !== 'computed-date'; });
var CHOICE = { radio: true, select: true, checkboxes: true, checklist: true };

/* ---------- saved answers ---------- */

/* Limits on what is read back, far above what a person writes: a hostile file with a huge value
   or thousands of rows would otherwise freeze the sheet on every later visit. */
var MAX_FILE = 1 << 20;
var MAX_TEXT = 10000;
var MAX_ROWS = 100;

function isText(value) {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

/* Keeps what still fits the current definition, so answers saved under an older version of the
   worksheet survive where they can and never break the page. */
function fit(answers) {
  var fitted = {};
  if (!answers || typeof answers !== 'object') {
    return fitted;
  }
  answerable.forEach(function (field) {
    var value = answers[field.id];
    var values = field.options.map(function (option) { return option.value; });
    if (field.type === 'table') {
      if (Array.isArray(value)) {
        fitted[field.id] = value.filter(isObject).slice(0, MAX_ROWS).map(function (row) {
          var cells = {};
          field.columns.forEach(function (column) {
            if (isText(row[column.id])) {
              cells[column.id] = row[column.id];
            }
          });
          return cells;
        });
      }
    } else if (MULTI[field.type]) {
      if (Array.isArray(value)) {
        fitted[field.id] = value.filter(function (v) { return values.indexOf(v) >= 0; });
      }
    } else if (isText(value)) {
      if (!CHOICE[field.type] || values.indexOf(value) >= 0) {
        fitted[field.id] = value;
      }
    }
  });
  return fitted;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function envelope(answers) {
  return { format: FORMAT, worksheet: sheet.id, version: sheet.version, answers: answers };
}

function loadSaved() {
  try {
    var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
    return saved && saved.format === FORMAT ? fit(saved.answers) : {};
  } catch (error) {
    return {};
  }
}

var status = root.querySelector('[data-save-status]');

function save(answers) {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(envelope(answers)));
    status.textContent = T.saved;
  } catch (error) {
    status.textContent = T.cannot_save;
  }
}
