/* What leaves the form: calendar files, copies, exported and imported files, printing. */

/* ---------- calendar file ---------- */

var WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function icsText(text) {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/* RFC 5545 lines are at most 75 octets; longer ones continue on lines that start with a space. */
function fold(line) {
  var out = [];
  var current = '';
  var octets = 0;
  Array.from(line).forEach(function (ch) {
    var size = new TextEncoder().encode(ch).length;
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  });
  out.push(current);
  return out.join('\r\n ');
}

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

function dateValue(date) {
  return date.getFullYear() + pad(date.getMonth() + 1) + pad(date.getDate());
}

/* The day each date question of a calendar of dates falls on, with its label: one event each. */
function datedEvents(result, answers) {
  return result.dates
    .map(function (id) {
      var field = fieldsById[id];
      var date = field.type === 'computed-date'
        ? computedDate(field, answers)
        : isVisible(field, answers) ? dayOf(answers[id]) : null;
      return date && { id: id, date: date, summary: fieldLabel(id) };
    })
    .filter(Boolean);
}

/* The question as the page shows it, without the （必須） mark that follows it. */
function fieldLabel(id) {
  return fieldElement(id).querySelector('label, legend, .ws-label').firstChild.nodeValue.trim();
}

function calendarEvents(result, answers) {
  if (result.dates.length) {
    return datedEvents(result, answers);
  }
  return tableView(fieldsById[result.table], answers[result.table]);
}

function calendar(result, answers) {
  var now = new Date();
  var stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//keeptrack//handbook worksheet//JA',
    'CALSCALE:GREGORIAN', 'X-WR-CALNAME:' + icsText(result.title)];
  function allDay(uid, first, summary, extra) {
    var next = new Date(first.getFullYear(), first.getMonth(), first.getDate() + 1);
    lines.push('BEGIN:VEVENT',
      'UID:' + sheet.id + '-' + result.id + '-' + uid + '@keeptrack.invalid',
      'DTSTAMP:' + stamp,
      'DTSTART;VALUE=DATE:' + dateValue(first),
      'DTEND;VALUE=DATE:' + dateValue(next),
      'SUMMARY:' + icsText(summary));
    lines.push.apply(lines, extra);
    lines.push('END:VEVENT');
  }
  if (result.dates.length) {
    datedEvents(result, answers).forEach(function (event) {
      /* A reminder at 9 in the morning of the day before. */
      allDay(event.id, event.date, event.summary, ['BEGIN:VALARM', 'ACTION:DISPLAY',
        'DESCRIPTION:' + icsText(event.summary), 'TRIGGER:-PT15H', 'END:VALARM']);
    });
  } else {
    tableView(fieldsById[result.table], answers[result.table]).forEach(function (row) {
      var first = new Date(now.getFullYear(), now.getMonth(), now.getDate());
      while (WEEKDAYS[first.getDay()] !== row.weekday) {
        first.setDate(first.getDate() + 1);
      }
      allDay(row.weekday, first, compose(result.template, row), ['RRULE:FREQ=WEEKLY;BYDAY=' + row.weekday]);
    });
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/* ---------- actions ---------- */

var message = root.querySelector('[data-message]');

function say(text) {
  message.textContent = text;
}

function download(filename, type, text) {
  var url = URL.createObjectURL(new Blob([text], { type: type }));
  var link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

/* The selection-based copy works everywhere, from disk too; the Clipboard API is the fallback.
   tell says how it went (by default in the sheet's message line). */
function copy(text, tell) {
  tell = tell || say;
  var area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  /* Inside an open dialog, the rest of the page is inert and cannot be selected. */
  (document.querySelector('dialog[open]') || document.body).appendChild(area);
  area.select();
  var copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (error) {
    copied = false;
  }
  area.remove();
  if (copied) {
    tell(T.copied);
  } else if (navigator.clipboard) {
    navigator.clipboard.writeText(text).then(
      function () { tell(T.copied); },
      function () { tell(T.copy_failed); });
  } else {
    tell(T.copy_failed);
  }
}

function importFile(file) {
  if (file.size > MAX_FILE) {
    say(T.import_too_large);
    return;
  }
  var reader = new FileReader();
  reader.onload = function () {
    var data;
    try {
      data = JSON.parse(String(reader.result));
    } catch (error) {
      say(T.import_not_json);
      return;
    }
    if (!isObject(data) || data.format !== FORMAT || !isObject(data.answers)) {
      say(T.import_foreign);
      return;
    }
    if (data.worksheet !== sheet.id) {
      say(T.import_other_sheet);
      return;
    }
    var answers = fit(data.answers);
    writeForm(answers);
    save(answers);
    refresh(answers);
    say(T.imported);
  };
  reader.readAsText(file);
}

/* Filled printing shows answers as text; blank printing empties the form until printing ends. */
var beforePrint = null;

function preparePrint(mode) {
  var answers = readForm();
  document.documentElement.classList.remove('ws-print-blank', 'ws-print-filled');
  document.documentElement.classList.add(mode === 'blank' ? 'ws-print-blank' : 'ws-print-filled');
  if (mode === 'blank') {
    beforePrint = answers;
    writeForm({});
    form.querySelectorAll('[data-field]').forEach(function (element) { element.hidden = false; });
  } else {
    fillPrintAnswers(answers);
  }
}

function finishPrint() {
  document.documentElement.classList.remove('ws-print-blank', 'ws-print-filled', 'ws-print-one');
  root.querySelectorAll('.ws-print-target').forEach(function (box) {
    box.classList.remove('ws-print-target');
  });
  if (beforePrint) {
    writeForm(beforePrint);
    refresh(beforePrint);
    beforePrint = null;
  }
}

function fillPrintAnswers(answers) {
  sheet.fields.forEach(function (field) {
    if (field.type === 'table') {
      tableRows(field).forEach(function (row) {
        row.querySelectorAll('[data-column]').forEach(function (input) {
          var column = field.columns.filter(function (c) { return c.id === input.getAttribute('data-column'); })[0];
          input.nextElementSibling.textContent = display(column, input.value);
        });
      });
      return;
    }
    root.querySelector('[data-answer-for="' + field.id + '"]').textContent = answerText(field, answers[field.id]);
  });
}

/* An answer as the reader reads it: choices by their labels. */
function answerText(field, value) {
  return Array.isArray(value)
    ? value.map(function (v) { return labelOf(field, v); }).join(T.list_separator)
    : display(field, value);
}
