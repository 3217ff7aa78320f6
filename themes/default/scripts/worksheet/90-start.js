/* Wiring: the form's events and the buttons, then the saved answers are shown.

   Provides: keeptrack.worksheet, the sheet's functions for share.js, calendar.js and the tests
   (the page's one global, window.keeptrack), and loadScript, later.
   Uses: the other parts: fill, root, sheet, form, storageKey, FORMAT, fieldsById, fit,
   envelope, loadSaved, status, save, saveAnswer (10-state); kindOf (12-kinds); fieldElement,
   readForm, readField,
   writeForm, limitAnswers, markRefused, dateFits (20-fields); isAnswered, display, view, compose,
   render, refresh (30-results); fieldLabel, say, download, copy, preparePrint, finishPrint
   (40-export).
 */

/* ---------- wiring ---------- */

function onChange(event) {
  var element = event.target.closest && event.target.closest('[data-field]');
  changed(element && fieldsById[element.getAttribute('data-field')], event.type === 'change');
}

/* A change saves only the question it changed (see saveAnswer). A year the form refuses is said
   once the reader has finished with that question (change), not at every digit she types, and
   not again for another question while it stays refused. */
function changed(field, finished) {
  var answers = field && kindOf(field).answered
    ? saveAnswer(field.id, readField(field))
    : readForm();
  if (!field) {
    save(answers);
  }
  var refused = markRefused() && field && fieldElement(field.id).querySelector('[aria-invalid="true"]');
  if (refused && finished) {
    say(refused.validationMessage);
  }
  refresh(answers);
}

/* The same sheet open in another tab (or on a page that gathers sheets) saved: this one shows
   what it saved, without touching the control the reader is typing in, which keeps its text
   and saves it with her next keystroke. */
var syncPending = false;

function showSaved() {
  writeForm(loadSaved(), true);
  refresh(readForm());
}

window.addEventListener('storage', function (event) {
  if (event.key === storageKey || event.key === null) {
    /* A tab in the background keeps no typing of its own: its last control still counts as
       focused there, and its stale text would be saved over the other tab's at her next key. */
    var typing = document.hasFocus() && form.contains(document.activeElement);
    writeForm(loadSaved(), typing);
    refresh(readForm());
    syncPending = typing;
  }
});
/* Leaving that control, the tab shows what is saved for it: her own text if she typed after the
   other tab saved (each keystroke saves), else the other tab's, so that every tab agrees. */
form.addEventListener('focusout', function () {
  if (syncPending) {
    syncPending = false;
    setTimeout(showSaved);
  }
});

form.addEventListener('input', onChange);
form.addEventListener('change', onChange);
form.addEventListener('submit', function (event) { event.preventDefault(); });

form.addEventListener('click', function (event) {
  var button = event.target.closest('button');
  if (!button) {
    return;
  }
  var field = fieldsById[button.closest('[data-field]').getAttribute('data-field')];
  kindOf(field).click(field, button);
  changed(field);
});

root.querySelectorAll('[data-copy]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    copy(button.closest('[data-result]').querySelector('[data-result-text]').textContent);
  });
});

root.querySelectorAll('[data-download]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    var result = sheet.results.filter(function (r) { return r.id === button.getAttribute('data-download'); })[0];
    later('calendar', result);
  });
});

root.querySelector('[data-export]').addEventListener('click', function () {
  download(sheet.id + '-answers.json', 'application/json',
    JSON.stringify(envelope(readForm()), null, 2) + '\n');
  say(T.exported);
});

root.querySelector('[data-import]').addEventListener('change', function (event) {
  if (event.target.files.length) {
    /* Read and checked by share.js, which asks before replacing anything, as for a link. */
    later('share', { file: event.target.files[0] });
    event.target.value = '';
  }
});

root.querySelector('[data-reset]').addEventListener('click', function () {
  var answers = readForm();
  var count = sheet.fields.filter(function (f) { return isAnswered(answers[f.id]); }).length;
  if (!window.confirm(fill(T.reset_confirm, [count]))) {
    return;
  }
  try {
    window.localStorage.removeItem(storageKey);
  } catch (error) {
    /* nothing was stored */
  }
  writeForm({});
  refresh({});
  status.textContent = '';
  say(T.reset_done);
});

/* A print button only names the kind of printout: each sheet of the page (a page may show
   several) prepares itself as printing starts. */
root.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () {
    document.documentElement.classList.add('ws-print-' + button.getAttribute('data-print'));
    window.print();
  });
});
root.querySelectorAll('[data-print-result]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    preparePrint('filled');
    document.documentElement.classList.add('ws-print-one');
    button.closest('[data-result]').classList.add('ws-print-target');
    window.print();
  });
});
window.addEventListener('beforeprint', function () {
  var mode = document.documentElement.classList;
  preparePrint(mode.contains('ws-print-blank') ? 'blank'
    : mode.contains('ws-print-filled') || isAnyAnswered(readForm()) ? 'filled' : 'blank');
});
window.addEventListener('afterprint', finishPrint);

function isAnyAnswered(answers) {
  return Object.keys(answers).some(function (id) { return isAnswered(answers[id]); });
}

sheet.fields.forEach(function (field) { kindOf(field).start(field); });
root.querySelector('[data-toolbar]').hidden = false;
root.querySelector('[data-reset-box]').hidden = false;
root.classList.add('ws-ready');

/*
 * What the scripts loaded on request get of this sheet (and the tests: they compare the renderer
 * with mustache.js, and the names the view offers result templates with the build's list).
 */
var keeptrack = window.keeptrack = window.keeptrack || {};
var hooks = keeptrack.worksheet = {
  sheet: sheet,
  field: function (id) { return fieldsById[id]; },
  answers: readForm,
  fit: fit,
  saved: loadSaved,
  answered: isAnyAnswered,
  format: FORMAT,
  apply: function (answers) {
    writeForm(answers);
    save(answers);
    refresh(answers);
  },
  label: fieldLabel,
  text: display,
  day: function (field, answers) { return kindOf(field).day(field, answers); },
  dateFits: dateFits,
  /* What a result template gets of a question (a table's rows, for a weekly calendar). */
  tableView: function (field, value) {
    var names = {};
    kindOf(field).names(names, field, value);
    return names[field.id];
  },
  compose: compose,
  say: say,
  fill: fill,
  copy: copy,
  download: download,
  load: loadScript,
  render: render,
  view: function () { return view(readForm()); }
};

/* Sharing and calendar files weigh more than the rest of the sheet's script, so each is a script
   of its own beside this one, loaded on its first use and then called with this sheet's hooks. */
var assets = document.currentScript.src.replace(/[^\/]*$/, '');

/* Loads the theme's script NAME.js, then calls then, also when it could not be loaded. */
function loadScript(name, then) {
  var script = document.createElement('script');
  script.src = assets + name + '.js';
  script.onload = script.onerror = then;
  document.head.appendChild(script);
}

function later(name, argument) {
  var run = function () {
    var module = keeptrack[name];
    if (module) {
      module(hooks, argument);
    }
  };
  if (keeptrack[name]) {
    run();
  } else {
    loadScript(name, run);
  }
}

/* A sheet shown on its own page can be sent, and opened from a link (#share=…). */
var shareButton = root.querySelector('[data-share]');
if (shareButton) {
  shareButton.addEventListener('click', function () { later('share', 'send'); });
  window.addEventListener('hashchange', onShareLink);
}

function onShareLink() {
  if (shareButton && location.hash.indexOf('#share=') === 0) {
    later('share', 'receive');
  }
}

limitAnswers();
var initial = loadSaved();
writeForm(initial);
refresh(initial);
onShareLink();
