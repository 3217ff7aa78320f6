/*
 * keeptrack worksheets: saves answers on this device only (localStorage), shows conditional
 * questions, computes dates, counts progress, composes the results with a small Mustache renderer
 * of its own (mustache.js would make the pages too heavy), makes calendar files, and prepares
 * printing.
 * A classic script (no modules, no fetch) so that it also works when the site is opened from disk.
 * Nothing here sends data anywhere.
 */
(function () {
  'use strict';

  var root = document.querySelector('[data-worksheet]');
  var dataBlock = document.getElementById('worksheet-data');
  if (!root || !dataBlock) {
    return;
  }
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
    tableRows(field).forEach(function (row, index) {
      var header = row.querySelector('th');
      header.id = 'f-' + field.id + '-row-' + index;
      header.textContent = String(index + 1);
      row.setAttribute('data-row', String(index));
      row.querySelectorAll('[data-column]').forEach(function (input) {
        var column = input.getAttribute('data-column');
        input.id = 'f-' + field.id + '-' + index + '-' + column;
        input.setAttribute('aria-labelledby', 'f-' + field.id + '-col-' + column + ' ' + header.id);
        input.nextElementSibling.setAttribute('data-answer-for', input.id);
      });
      var remove = row.querySelector('[data-remove-row]');
      if (remove) {
        remove.hidden = false;
        remove.setAttribute('aria-label', 'この行を削除（' + (index + 1) + '行目）');
      }
    });
  }

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
      status.textContent = 'この端末に保存しました';
    } catch (error) {
      status.textContent = 'このブラウザでは保存できません。印刷かファイルへの保存で控えを残してください。';
    }
  }

  /* ---------- conditions, progress and results ---------- */

  function isVisible(field, answers) {
    if (!field.showIfField) {
      return true;
    }
    var dependency = fieldsById[field.showIfField];
    if (!isVisible(dependency, answers)) {
      return false;
    }
    var value = answers[field.showIfField];
    return Array.isArray(value) ? value.indexOf(field.showIfValue) >= 0 : value === field.showIfValue;
  }

  function isAnswered(value) {
    if (Array.isArray(value)) {
      return value.some(function (item) { return isObject(item) ? rowHasValue(item) : true; });
    }
    return typeof value === 'string' && value.trim() !== '';
  }

  function rowHasValue(row) {
    return Object.keys(row).some(function (key) { return String(row[key]).trim() !== ''; });
  }

  function labelOf(field, value) {
    var option = field.options.filter(function (o) { return o.value === value; })[0];
    return option ? option.label : value;
  }

  /* How an answer reads in a sentence: the label of a choice, a Japanese date. */
  function display(field, value) {
    if (typeof value !== 'string' || value === '') {
      return '';
    }
    if (field.type === 'yesno') {
      return value === 'yes' ? 'はい' : 'いいえ';
    }
    if (field.type === 'date' || field.type === 'month') {
      var parts = value.split('-');
      return Number(parts[0]) + '年' + Number(parts[1]) + '月' + (parts[2] ? Number(parts[2]) + '日' : '');
    }
    if (field.type === 'time' && /^\d{1,2}:\d{2}/.test(value)) {
      var time = value.split(':');
      return Number(time[0]) + '時' + (Number(time[1]) ? Number(time[1]) + '分' : '');
    }
    return CHOICE[field.type] ? labelOf(field, value) : value;
  }

  /* The names a result template can use; docs/worksheets.md lists them. */
  function addNames(view, field, value) {
    var id = field.id;
    if (field.type === 'yesno') {
      view[id] = value === 'yes';
      view[id + '_text'] = display(field, value);
    } else if (MULTI[field.type]) {
      var chosen = Array.isArray(value) ? value : [];
      view[id] = chosen.map(function (v) { return labelOf(field, v); }).join('、');
      if (field.type === 'checklist') {
        view[id + '_todo'] = field.options
          .filter(function (o) { return chosen.indexOf(o.value) < 0; })
          .map(function (o) { return o.label; });
      }
      field.options.forEach(function (o) { view[id + '_' + o.value] = chosen.indexOf(o.value) >= 0; });
      return;
    } else {
      view[id] = display(field, value);
    }
    field.options.forEach(function (o) { view[id + '_' + o.value] = value === o.value; });
  }

  function tableView(field, rows) {
    return (Array.isArray(rows) ? rows : [])
      .map(function (cells, index) {
        if (!rowHasValue(cells)) {
          return null;
        }
        var row = { row: field.rows.length ? (field.rows[index] || {}).label : String(index + 1) };
        field.columns.forEach(function (column) { addNames(row, column, cells[column.id] || ''); });
        row.weekday = field.rows.length ? (field.rows[index] || {}).value : '';
        return row;
      })
      .filter(Boolean);
  }

  /* ---------- computed dates ---------- */

  var WEEKDAY_NAMES = ['日', '月', '火', '水', '木', '金', '土'];

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
    return date.getFullYear() + '年' + (date.getMonth() + 1) + '月' + date.getDate() + '日（' +
      WEEKDAY_NAMES[date.getDay()] + '）';
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

  function view(answers) {
    var names = {};
    sheet.fields.forEach(function (field) {
      var value = isVisible(field, answers) ? answers[field.id] : undefined;
      if (field.type === 'computed-date') {
        var date = computedDate(field, answers);
        names[field.id] = date ? displayDate(date) : '';
      } else if (field.type === 'table') {
        names[field.id] = tableView(field, value);
      } else {
        addNames(names, field, value);
      }
    });
    return names;
  }

  function compose(template, names) {
    return render(template, names).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  }

  /* ---------- Mustache ---------- */

  /*
   * The subset of Mustache that worksheet results use, as plain text: {{name}}, {{#name}}…{{/name}}
   * (shown when truthy, repeated over lists), {{^name}}…{{/name}} and {{! comments}}, with the
   * spec's rule that a line holding only a section tag leaves no blank line. The build checks
   * every template (MustacheChecker) and a test renders them with mustache.js and with this to
   * make sure both agree; mustache.js itself is left out to keep worksheet pages light.
   */
  var TAG = /\{\{(\{)?\s*([#^\/!&]?)\s*([\s\S]*?)\s*\}?\}\}/g;

  function parseTemplate(template) {
    var parts = [];
    var last = 0;
    var match;
    TAG.lastIndex = 0;
    while ((match = TAG.exec(template))) {
      parts.push({ kind: 'text', value: template.slice(last, match.index) });
      parts.push({ kind: match[2] === '&' ? '' : match[2], value: match[3] });
      last = TAG.lastIndex;
    }
    parts.push({ kind: 'text', value: template.slice(last) });
    /* Decided on the text as written, then trimmed, as the spec describes. */
    var standalone = parts.map(function (part, i) {
      return i % 2 === 1 && /^[#^\/!]$/.test(part.kind) && isStandalone(parts, i);
    });
    standalone.forEach(function (yes, i) {
      if (yes) {
        parts[i - 1].value = parts[i - 1].value.replace(/[ \t]*$/, '');
        parts[i + 1].value = parts[i + 1].value.replace(/^[ \t]*\r?\n?/, '');
      }
    });
    var root = [];
    var stack = [{ children: root }];
    parts.forEach(function (part) {
      var top = stack[stack.length - 1];
      if (part.kind === '#' || part.kind === '^') {
        var section = { kind: part.kind, value: part.value, children: [] };
        top.children.push(section);
        stack.push(section);
      } else if (part.kind === '/') {
        stack.pop();
      } else if (part.kind !== '!') {
        top.children.push(part);
      }
    });
    return root;
  }

  /* A tag alone on its line, apart from spaces, leaves no trace of that line. */
  function isStandalone(parts, i) {
    var before = parts[i - 1].value;
    var after = parts[i + 1].value;
    var lineStart = before.lastIndexOf('\n');
    var beforeOk = lineStart >= 0 ? /^[ \t]*$/.test(before.slice(lineStart + 1)) : i === 1 && /^[ \t]*$/.test(before);
    var lineEnd = after.indexOf('\n');
    var afterOk = lineEnd >= 0 ? /^[ \t]*\r?$/.test(after.slice(0, lineEnd)) : i + 2 === parts.length && /^[ \t]*$/.test(after);
    return beforeOk && afterOk;
  }

  function lookup(stack, name) {
    if (name === '.') {
      return stack[stack.length - 1];
    }
    for (var i = stack.length - 1; i >= 0; i--) {
      var context = stack[i];
      if (context !== null && typeof context === 'object' && Object.prototype.hasOwnProperty.call(context, name)) {
        return context[name];
      }
    }
    return undefined;
  }

  function renderNodes(nodes, stack) {
    return nodes.map(function (node) {
      if (node.kind === 'text') {
        return node.value;
      }
      var value = lookup(stack, node.value);
      var empty = !value || (Array.isArray(value) && !value.length);
      if (node.kind === '^') {
        return empty ? renderNodes(node.children, stack) : '';
      }
      if (node.kind === '#') {
        if (empty) {
          return '';
        }
        var items = Array.isArray(value) ? value : [value];
        /* Like mustache.js: every value but true becomes the context of {{.}} inside. */
        return items.map(function (item) {
          return renderNodes(node.children, item === true ? stack : stack.concat([item]));
        }).join('');
      }
      return value === undefined || value === null ? '' : String(value);
    }).join('');
  }

  function render(template, view) {
    return renderNodes(parseTemplate(template), [view]);
  }

  function scoreOutcome(result, answers) {
    var counts = {};
    sheet.fields.forEach(function (field) {
      if (field.score && isVisible(field, answers) && answers[field.id] === 'yes') {
        counts[field.score] = (counts[field.score] || 0) + 1;
      }
    });
    var best = null;
    result.outcomes.forEach(function (outcome) {
      if ((counts[outcome.id] || 0) > 0 && (!best || counts[outcome.id] > counts[best.id])) {
        best = outcome;
      }
    });
    return { best: best, counts: counts };
  }

  function renderResults(answers) {
    var names = view(answers);
    sheet.results.forEach(function (result) {
      var box = root.querySelector('[data-result="' + result.id + '"]');
      if (result.type === 'text') {
        box.querySelector('[data-result-text]').textContent = compose(result.template, names);
      } else if (result.type === 'score') {
        renderScore(box, result, scoreOutcome(result, answers));
      }
    });
  }

  function renderScore(box, result, score) {
    var output = box.querySelector('[data-score-output]');
    output.textContent = '';
    var lead = document.createElement('p');
    if (score.best) {
      lead.append('まず読むとよいページ：');
      var link = document.createElement('a');
      link.href = score.best.href;
      link.textContent = score.best.title;
      lead.append(link);
      output.append(lead);
      if (score.best.text) {
        var text = document.createElement('p');
        text.textContent = score.best.text;
        output.append(text);
      }
    } else {
      lead.textContent = result.none || 'まだ当てはまる項目がありません。';
      output.append(lead);
    }
  }

  function renderProgress(answers) {
    var required = sheet.fields.filter(function (f) { return f.required && isVisible(f, answers); });
    var done = required.filter(function (f) { return isAnswered(answers[f.id]); }).length;
    root.querySelector('[data-progress]').textContent =
      '必須の質問 ' + required.length + '問中 ' + done + '問に回答済み';
  }

  function renderConditions(answers) {
    sheet.fields.forEach(function (field) {
      fieldElement(field.id).hidden = !isVisible(field, answers);
    });
  }

  function refresh(answers) {
    renderConditions(answers);
    renderComputed(answers);
    renderProgress(answers);
    renderResults(answers);
  }

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

  /* The selection-based copy works everywhere, from disk too; the Clipboard API is the fallback. */
  function copy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (error) {
      copied = false;
    }
    area.remove();
    if (copied) {
      say('コピーしました。');
    } else if (navigator.clipboard) {
      navigator.clipboard.writeText(text).then(
        function () { say('コピーしました。'); },
        function () { say('コピーできませんでした。文章を選んでコピーしてください。'); });
    } else {
      say('コピーできませんでした。文章を選んでコピーしてください。');
    }
  }

  function importFile(file) {
    if (file.size > MAX_FILE) {
      say('読み込めませんでした：ファイルが大きすぎます（1 MB まで）。回答は変わっていません。');
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var data;
      try {
        data = JSON.parse(String(reader.result));
      } catch (error) {
        say('読み込めませんでした：JSON 形式のファイルではありません。回答は変わっていません。');
        return;
      }
      if (!isObject(data) || data.format !== FORMAT || !isObject(data.answers)) {
        say('読み込めませんでした：このハンドブックのワークシートの回答ファイルではありません。回答は変わっていません。');
        return;
      }
      if (data.worksheet !== sheet.id) {
        say('読み込めませんでした：別のワークシートの回答ファイルです。回答は変わっていません。');
        return;
      }
      var answers = fit(data.answers);
      writeForm(answers);
      save(answers);
      refresh(answers);
      say('ファイルから回答を読み込みました。');
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
      var target = root.querySelector('[data-answer-for="' + field.id + '"]');
      var value = answers[field.id];
      target.textContent = Array.isArray(value)
        ? value.map(function (v) { return labelOf(field, v); }).join('、')
        : display(field, value);
    });
  }

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
        say('行は' + MAX_ROWS + '行までです。');
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
          ? '日付がまだ決まっていません。もとになる日付を入れてから保存してください。'
          : '当番表がまだ空です。表に名前を書いてから保存してください。');
        return;
      }
      download(result.filename, 'text/calendar;charset=utf-8', calendar(result, answers));
      say('カレンダー用ファイルを保存しました。カレンダーのアプリで読み込んでください。');
    });
  });

  root.querySelector('[data-export]').addEventListener('click', function () {
    download(sheet.id + '-answers.json', 'application/json',
      JSON.stringify(envelope(readForm()), null, 2) + '\n');
    say('回答をファイルに保存しました。');
  });

  root.querySelector('[data-import]').addEventListener('change', function (event) {
    if (event.target.files.length) {
      importFile(event.target.files[0]);
      event.target.value = '';
    }
  });

  root.querySelector('[data-reset]').addEventListener('click', function () {
    if (!window.confirm('このワークシートの回答をすべて消去します。よろしいですか？')) {
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
    say('回答を消去しました。');
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

  /* For the test that compares this renderer with mustache.js. */
  window.keeptrackWorksheet = { render: render };

  var initial = loadSaved();
  writeForm(initial);
  refresh(initial);
})();
