/* Wiring: the form's events and the buttons, then the saved answers are shown. */

/* ---------- wiring ---------- */

function onChange() {
  var answers = readForm();
  save(answers);
  refresh(answers);
}

form.addEventListener('input', onChange);
form.addEventListener('change', onChange);
form.addEventListener('submit', function (event) { event.preventDefault(); });

form.addEventListener('click', function (event) {
  var button = event.target.closest('button');
  if (!button) {
    return;
  }
  var field = fieldsById[button.closest('[data-field]').getAttribute('data-field')];
  if (button.hasAttribute('data-add-row')) {
    if (tableRows(field).length >= MAX_ROWS) {
      say(fill(T.max_rows, [MAX_ROWS]));
      return;
    }
    setRowCount(field, tableRows(field).length + 1);
    tableRows(field).slice(-1)[0].querySelector('[data-column]').focus();
  } else if (button.hasAttribute('data-remove-row')) {
    var rows = tableRows(field);
    if (rows.length > Math.max(field.minRows, 1)) {
      button.closest('tr').remove();
      renumber(field);
    } else {
      button.closest('tr').querySelectorAll('[data-column]').forEach(function (input) { input.value = ''; });
    }
    fieldElement(field.id).querySelector('[data-add-row]').focus();
  }
  onChange();
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
    var answers = readForm();
    if (!calendarEvents(result, answers).length) {
      say(result.dates.length
        ? T.calendar_no_dates
        : T.calendar_empty);
      return;
    }
    download(result.filename, 'text/calendar;charset=utf-8', calendar(result, answers));
    say(T.calendar_saved);
  });
});

root.querySelector('[data-export]').addEventListener('click', function () {
  download(sheet.id + '-answers.json', 'application/json',
    JSON.stringify(envelope(readForm()), null, 2) + '\n');
  say(T.exported);
});

root.querySelector('[data-import]').addEventListener('change', function (event) {
  if (event.target.files.length) {
    importFile(event.target.files[0]);
    event.target.value = '';
  }
});

root.querySelector('[data-reset]').addEventListener('click', function () {
  if (!window.confirm(T.reset_confirm)) {
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

root.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () {
    preparePrint(button.getAttribute('data-print'));
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
  if (!document.documentElement.classList.contains('ws-print-blank') &&
      !document.documentElement.classList.contains('ws-print-filled')) {
    preparePrint(isAnyAnswered(readForm()) ? 'filled' : 'blank');
  }
});
window.addEventListener('afterprint', finishPrint);

function isAnyAnswered(answers) {
  return Object.keys(answers).some(function (id) { return isAnswered(answers[id]); });
}

root.querySelectorAll('[data-add-row]').forEach(function (button) { button.hidden = false; });
sheet.fields.filter(function (f) { return f.type === 'table' && !f.rows.length; }).forEach(renumber);
root.querySelector('[data-toolbar]').hidden = false;
root.classList.add('ws-ready');

/*
 * What other scripts of the page may use: the share script (loaded only when asked for, below)
 * reads and replaces the answers through it; the tests compare the renderer with mustache.js, and
 * the names the view offers result templates with the build's list.
 */
window.keeptrackWorksheet = {
  sheet: sheet,
  answers: readForm,
  fit: fit,
  saved: loadSaved,
  label: fieldLabel,
  text: answerText,
  apply: function (answers) {
    writeForm(answers);
    save(answers);
    refresh(answers);
  },
  answered: isAnyAnswered,
  say: say,
  fill: fill,
  copy: copy,
  render: render,
  view: function () { return view(readForm()); }
};

/* Sharing by link or QR code weighs more than the rest of the sheet's script, so it is loaded on
   the first click of its button, or when the page is opened with a shared link. */
var shareButton = root.querySelector('[data-share]');
function share(action) {
  window.keeptrackWorksheet.pending = action;
  if (window.keeptrackShare) {
    window.keeptrackShare.run();
  } else if (!document.getElementById('share-script')) {
    var script = document.createElement('script');
    script.id = 'share-script';
    script.src = shareButton.getAttribute('data-share');
    document.head.appendChild(script);
  }
}
shareButton.addEventListener('click', function () { share('send'); });
function onShareLink() {
  if (location.hash.indexOf('#share=') === 0) {
    share('receive');
  }
}
window.addEventListener('hashchange', onShareLink);

var initial = loadSaved();
writeForm(initial);
refresh(initial);
onShareLink();
