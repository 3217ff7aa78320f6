/* The form: reading and writing answers, table rows, and dates computed from other answers. */

/* ---------- reading and writing the form ---------- */

function fieldElement(id) {
  return form.querySelector('[data-field="' + id + '"]');
}

function tableRows(field) {
  return Array.prototype.slice.call(fieldElement(field.id).querySelectorAll('tbody tr'));
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
  var element = fieldElement(field.id);
  if (field.type === 'table') {
    var columns = {};
    field.columns.forEach(function (column) { columns[column.id] = column; });
    return tableRows(field).map(function (row) {
      var cells = {};
      row.querySelectorAll('[data-column]').forEach(function (input) {
        var column = columns[input.getAttribute('data-column')];
        cells[column.id] = accepts(column, input.value) ? input.value : '';
      });
      return cells;
    });
  }
  if (MULTI[field.type]) {
    return Array.prototype.slice
      .call(element.querySelectorAll('input:checked'))
      .map(function (input) { return input.value; });
  }
  if (element.querySelector('input[type="radio"]')) {
    var checked = element.querySelector('input:checked');
    return checked ? checked.value : '';
  }
  var value = element.querySelector('input, textarea, select').value;
  return accepts(field, value) ? value : '';
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
    var element = fieldElement(field.id);
    var value = answers[field.id];
    if (field.type === 'table') {
      var rows = Array.isArray(value) ? value : [];
      if (!field.rows.length && !(typing && element.contains(typing))) {
        setRowCount(field, Math.max(field.minRows, rows.length));
      }
      tableRows(field).forEach(function (row, index) {
        row.querySelectorAll('[data-column]').forEach(function (input) {
          var cells = rows[index] || {};
          set(input, cells[input.getAttribute('data-column')] || '');
        });
      });
    } else if (MULTI[field.type]) {
      var chosen = Array.isArray(value) ? value : [];
      element.querySelectorAll('input').forEach(function (input) {
        tick(input, chosen.indexOf(input.value) >= 0);
      });
    } else if (element.querySelector('input[type="radio"]')) {
      if (!(typing && element.contains(typing))) {
        element.querySelectorAll('input').forEach(function (input) {
          input.checked = input.value === value;
        });
      }
    } else {
      set(element.querySelector('input, textarea, select'), typeof value === 'string' ? value : '');
    }
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
    var bad = input.value !== '' && !accepts({ type: input.type, options: [] }, input.value);
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

/* ---------- table rows ---------- */

function setRowCount(field, count) {
  var body = fieldElement(field.id).querySelector('tbody');
  var template = body.querySelector('tr');
  /* Rows are added first and numbered once: numbering after each row made 2,000 rows take 35 s. */
  while (body.children.length < count) {
    var row = template.cloneNode(true);
    row.querySelectorAll('[data-column]').forEach(function (input) { input.value = ''; });
    body.appendChild(row);
  }
  while (body.children.length > Math.max(count, 1)) {
    body.removeChild(body.lastElementChild);
  }
  renumber(field);
}

/* Row ids and labels follow the row's position, so that every cell keeps a correct label. */
function renumber(field) {
  var id = prefix + 'f-' + field.id;
  tableRows(field).forEach(function (row, index) {
    var header = row.querySelector('th');
    header.id = id + '-row-' + index;
    header.textContent = String(index + 1);
    row.setAttribute('data-row', String(index));
    row.querySelectorAll('[data-column]').forEach(function (input) {
      var column = input.getAttribute('data-column');
      input.id = id + '-' + index + '-' + column;
      input.setAttribute('aria-labelledby', id + '-col-' + column + ' ' + header.id);
      input.nextElementSibling.setAttribute('data-answer-for', input.id);
    });
    var remove = row.querySelector('[data-remove-row]');
    if (remove) {
      remove.hidden = false;
      remove.setAttribute('aria-label', fill(T.remove_row, [index + 1]));
    }
  });
}

/* ---------- computed dates ---------- */


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

/* Whether a day lies in the years a date answer may name. */
function dateFits(date) {
  return accepts({ type: 'date', options: [] }, isoDay(date));
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

function renderComputed(answers) {
  sheet.fields.forEach(function (field) {
    if (field.type === 'computed-date') {
      var date = computedDate(field, answers);
      var output = fieldElement(field.id).querySelector('output');
      output.textContent = date ? displayDate(date) : output.getAttribute('data-empty');
    }
  });
}
