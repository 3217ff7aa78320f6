/* The form: reading and writing answers, table rows, and dates computed from other answers. */

/* ---------- reading and writing the form ---------- */

function fieldElement(id) {
  return form.querySelector('[data-field="' + id + '"]');
}

function tableRows(field) {
  return Array.prototype.slice.call(fieldElement(field.id).querySelectorAll('tbody tr'));
}

function readForm() {
  var answers = {};
  answerable.forEach(function (field) {
    var element = fieldElement(field.id);
    if (field.type === 'table') {
      answers[field.id] = tableRows(field).map(function (row) {
        var cells = {};
        row.querySelectorAll('[data-column]').forEach(function (input) {
          cells[input.getAttribute('data-column')] = input.value;
        });
        return cells;
      });
    } else if (MULTI[field.type]) {
      answers[field.id] = Array.prototype.slice
        .call(element.querySelectorAll('input:checked'))
        .map(function (input) { return input.value; });
    } else if (element.querySelector('input[type="radio"]')) {
      var checked = element.querySelector('input:checked');
      answers[field.id] = checked ? checked.value : '';
    } else {
      answers[field.id] = element.querySelector('input, textarea, select').value;
    }
  });
  return answers;
}

function writeForm(answers) {
  answerable.forEach(function (field) {
    var element = fieldElement(field.id);
    var value = answers[field.id];
    if (field.type === 'table') {
      var rows = Array.isArray(value) ? value : [];
      if (!field.rows.length) {
        setRowCount(field, Math.max(field.minRows, rows.length));
      }
      tableRows(field).forEach(function (row, index) {
        row.querySelectorAll('[data-column]').forEach(function (input) {
          var cells = rows[index] || {};
          input.value = cells[input.getAttribute('data-column')] || '';
        });
      });
    } else if (MULTI[field.type]) {
      var chosen = Array.isArray(value) ? value : [];
      element.querySelectorAll('input').forEach(function (input) {
        input.checked = chosen.indexOf(input.value) >= 0;
      });
    } else if (element.querySelector('input[type="radio"]')) {
      element.querySelectorAll('input').forEach(function (input) {
        input.checked = input.value === value;
      });
    } else {
      element.querySelector('input, textarea, select').value = typeof value === 'string' ? value : '';
    }
  });
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


/* The day a computed date falls on, or null while its question is hidden or unanswered. Months
   keep the day of the month, or take the month's last day (31 January + 1 month: end of February). */
function computedDate(field, answers) {
  var from = dayOf(answers[field.from]);
  if (!from || !isVisible(field, answers) || !isVisible(fieldsById[field.from], answers)) {
    return null;
  }
  var year = from.getFullYear();
  var month = from.getMonth();
  var day = from.getDate();
  if (field.unit === 'month') {
    var last = new Date(year, month + field.amount + 1, 0).getDate();
    return new Date(year, month + field.amount, Math.min(day, last));
  }
  return new Date(year, month, day + field.amount * (field.unit === 'week' ? 7 : 1));
}

/* The day a date answer names ("2027-04-01"), or null. */
function dayOf(value) {
  var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value : '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
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
