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
 *
 * Provides: fill, dateText, root, prefix, sheet, form, storageKey, FORMAT, fieldsById, MAX_TEXT,
 * MAX_ROWS, rules, optionValues, accepts, keepsRule, fit, own, list, isObject, envelope,
 * loadSaved, status, save, saveAnswer.
 * Uses: kindOf (12-kinds); answerable, readForm, dayOf (20-fields).
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

/* ---------- saved answers ---------- */

/* Limits on what is read back, far above what a person writes: a hostile file with a huge value
   or thousands of rows would otherwise freeze the sheet on every later visit. */
var MAX_TEXT = 10000;
var MAX_ROWS = 100;

/* What an answer of each kind of question must be (answerRule of its class in the build). */
var rules = sheet.answers || {};

function optionValues(field) {
  return field.options.map(function (option) { return option.value; });
}

/* Whether value is an answer the form could hold for field ('' is no answer, always fine). */
function accepts(field, value) {
  if (typeof value !== 'string' || value.length > MAX_TEXT) {
    return false;
  }
  return value === '' || kindOf(field).accepts(field, value);
}

/* Whether value keeps to the rule of its kind of question (sheet.answers); field may also be an
   input of a type such as date, whose rule is the date question's. */
function keepsRule(field, value) {
  var rule = rules[field.type] || {};
  return (!rule.values || rule.values.indexOf(value) >= 0) &&
    (!rule.pattern || new RegExp(rule.pattern).test(value)) &&
    (!rule.min || value >= rule.min) && (!rule.max || value <= rule.max) &&
    (!rule.day || dayOf(value) !== null);
}

/* Keeps what still fits the current definition, so answers saved under an older version of the
   worksheet survive where they can and never break the page. strict (for a file or a link made
   with this very version) gives null instead when anything does not fit. */
function fit(answers, strict) {
  var fitted = {};
  var fits = isObject(answers);
  if (!fits) {
    return strict ? null : fitted;
  }
  var known = {};
  function refuse() {
    fits = false;
  }
  answerable.forEach(function (field) {
    known[field.id] = true;
    var value = own(answers, field.id);
    var kept = value === undefined ? value : kindOf(field).keep(field, value, refuse);
    if (kept !== undefined) {
      fitted[field.id] = kept;
    }
  });
  fits = fits && Object.keys(answers).every(function (id) { return own(known, id); });
  return strict && !fits ? null : fitted;
}

/* What an object read from JSON holds under key itself: never what every object inherits (a
   question named constructor, a file's "__proto__"). */
function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/* value when it is a list, else an empty one. */
function list(value) {
  return Array.isArray(value) ? value : [];
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

/* Saves one question's answer into what is saved now, which another tab showing this sheet may
   have changed since this one read it: a tab never writes back its stale copy of the others. */
function saveAnswer(id, value) {
  var answers = readForm();
  var saved = loadSaved();
  Object.keys(saved).forEach(function (key) { answers[key] = saved[key]; });
  answers[id] = value;
  save(answers);
  return answers;
}
