/* The kinds of question. A kind the build knows (a class of model/question/) may have hooks of
   its own, what it does differently from ONE (a question answered with one value in one
   control); a kind without them is like text. A kind only some sheets have is a script of its
   own, scripts/type-NAME/, which the pages whose sheets have it load before this script (its
   template names it, see worksheet-sheet.ftlh): it puts in keeptrack.kinds[NAME] a function that
   makes its hooks from the sheet's functions (SHEET below), so that a page loads only the kinds
   it shows. The few that most sheets have are parts 15-type-NAME.js here, registered with
   kind(NAME, hooks, base).
   No other part asks which kind a question is: each asks the hooks of kindOf(field).

   answered   false for a kind the reader does not answer (a computed date)
   accepts    (field, value): whether a non-empty text is an answer it could hold
   read       (field, element): its answer in the form
   write      (field, element, value, set, tick, typing): shows value in the form, through
              set(input, text) and tick(input, checked), which spare the control being typed in
   keep       (field, value, refuse): what still fits of a value read back; calls refuse() when
              anything did not
   display    (field, value): a non-empty answer as it reads in a sentence and on the printout
   names      (view, field, value, answers): the names it gives result templates (value is
              undefined while it is hidden); docs/worksheets.md lists them
   print      (field, answers): fills in its answer for the filled printout
   render     (field, answers): shows what follows from the answers
   day        (field, answers): the day its answer names, or null (calendar files)
   click      (field, button): a button inside the question was pressed (a table's rows)

   start      (field): prepares its part of the form once

   Provides: KINDS, kind, kindOf, ONE, nothing, and registers keeptrack.kinds.
   Uses: root, optionValues, accepts, keepsRule (10-state); dayOf (20-fields); isVisible,
   labelOf, display (30-results); showPhrases (28-phrases); and the others SHEET names. */

var KINDS = {};

function kind(name, hooks, base) {
  KINDS[name] = Object.assign({}, base || ONE, hooks);
}

function kindOf(field) {
  return KINDS[field.type] || ONE;
}

var RADIO = 'input[type="radio"]';
var CONTROL = 'input, textarea, select';

/* One value: typed, or one of the question's options (then chosen with round buttons or from a
   list). */
var ONE = {
  answered: true,
  accepts: function (field, value) {
    return field.options.length ? optionValues(field).indexOf(value) >= 0 : keepsRule(field, value);
  },
  read: function (field, element) {
    if (element.querySelector(RADIO)) {
      var checked = element.querySelector('input:checked');
      return checked ? checked.value : '';
    }
    var value = element.querySelector(CONTROL).value;
    return accepts(field, value) ? value : '';
  },
  write: function (field, element, value, set, tick, typing) {
    if (!element.querySelector(RADIO)) {
      set(element.querySelector(CONTROL), typeof value === 'string' ? value : '');
    } else if (!(typing && element.contains(typing))) {
      element.querySelectorAll('input').forEach(function (input) {
        input.checked = input.value === value;
      });
    }
  },
  keep: function (field, value, refuse) {
    return accepts(field, value) ? value : refuse();
  },
  display: labelOf,
  /* {{id}}, and one flag per option, {{id_value}}: whether it is chosen. */
  names: function (view, field, value) {
    var chosen = [].concat(value);
    view[field.id] = display(field, value);
    field.options.forEach(function (o) { view[field.id + '_' + o.value] = chosen.indexOf(o.value) >= 0; });
  },
  print: function (field, answers) {
    /* Choices print as ticked boxes: only the other questions have a line for the answer. */
    var line = root.querySelector('[data-answer-for="' + field.id + '"]');
    if (line) {
      line.textContent = display(field, answers[field.id]);
    }
  },
  render: nothing,
  day: function (field, answers) {
    return isVisible(field, answers) ? dayOf(answers[field.id]) : null;
  },
  click: nothing,
  start: nothing
};

function nothing() {}

/* What a kind of question or of result that is a script of its own may use of this sheet. */
var SHEET = {
  fill: fill, dateText: dateText, prefix: prefix, fieldsById: fieldsById, MAX_ROWS: MAX_ROWS,
  accepts: accepts, keepsRule: keepsRule, own: own, list: list, isObject: isObject,
  kindOf: kindOf, fieldElement: fieldElement, dateFits: dateFits, calendarDay: calendarDay,
  dayOf: dayOf, displayDate: displayDate, isVisible: isVisible, rowHasValue: rowHasValue,
  display: display, say: say, sheet: sheet, isAnswered: isAnswered, showPhrases: showPhrases
};
var loaded = (window.keeptrack || {}).kinds || {};
Object.keys(loaded).forEach(function (name) { kind(name, loaded[name](SHEET)); });
