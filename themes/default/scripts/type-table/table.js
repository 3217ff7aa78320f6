/* table: rows of cells, each cell a question of its column (field.columns), in fixed rows
   (field.rows, such as weekdays) or in rows the reader adds, at least field.minRows. Its answer
   is a list of rows, each an object of the cells' answers by column id. A script of its own,
   loaded before worksheet.js by the pages whose sheets have a table (see 12-kinds.js).
   Provides: keeptrack.kinds.table. Uses: of the sheet's functions (w, 12-kinds): fill, prefix,
   MAX_ROWS, accepts, own, list, isObject, kindOf, fieldElement, rowHasValue, display, say. */
((window.keeptrack = window.keeptrack || {}).kinds = window.keeptrack.kinds || {}).table = function (w) {
  var fill = w.fill, MAX_ROWS = w.MAX_ROWS, accepts = w.accepts, own = w.own, list = w.list;
  var isObject = w.isObject, kindOf = w.kindOf, fieldElement = w.fieldElement, display = w.display;
  var hooks = {
    read: function (field) {
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
    },
    write: function (field, element, value, set, tick, typing) {
      var rows = list(value);
      if (!field.rows.length && !(typing && element.contains(typing))) {
        setRowCount(field, Math.max(field.minRows, rows.length));
      }
      tableRows(field).forEach(function (row, index) {
        row.querySelectorAll('[data-column]').forEach(function (input) {
          var cells = rows[index] || {};
          set(input, cells[input.getAttribute('data-column')] || '');
        });
      });
    },
    keep: function (field, value, refuse) {
      var rows = list(value);
      if (!Array.isArray(value) || rows.length > maxRows(field) || !rows.every(isObject)) {
        refuse();
      }
      return rows.filter(isObject).slice(0, maxRows(field)).map(function (row) {
        var cells = {};
        field.columns.forEach(function (column) {
          var cell = own(row, column.id);
          if (accepts(column, cell)) {
            cells[column.id] = cell;
          } else if (cell !== undefined) {
            refuse();
          }
        });
        if (!Object.keys(row).every(function (key) { return own(cells, key) !== undefined; })) {
          refuse();
        }
        return cells;
      });
    },
    names: function (view, field, value) {
      view[field.id] = tableView(field, value);
    },
    print: function (field) {
      tableRows(field).forEach(function (row) {
        row.querySelectorAll('[data-column]').forEach(function (input) {
          var column = field.columns.filter(function (c) { return c.id === input.getAttribute('data-column'); })[0];
          /* A cell's answer prints as text, in a line made the first time the sheet is printed. */
          var cell = input.closest('td');
          var printed = cell.querySelector('.ws-print-cell') || cell.appendChild(document.createElement('span'));
          printed.className = 'ws-print-cell';
          printed.textContent = display(column, input.value);
        });
      });
    },
    /* The buttons that add and remove a row. */
    click: function (field, button) {
      if (button.hasAttribute('data-add-row')) {
        if (tableRows(field).length >= MAX_ROWS) {
          w.say(fill(T.max_rows, [MAX_ROWS]));
          return;
        }
        setRowCount(field, tableRows(field).length + 1);
        tableRows(field).slice(-1)[0].querySelector('[data-column]').focus();
      } else if (button.hasAttribute('data-remove-row')) {
        if (tableRows(field).length > Math.max(field.minRows, 1)) {
          button.closest('tr').remove();
          renumber(field);
        } else {
          button.closest('tr').querySelectorAll('[data-column]').forEach(function (input) { input.value = ''; });
        }
        fieldElement(field.id).querySelector('[data-add-row]').focus();
      }
    },
    start: function (field) {
      if (!field.rows.length) {
        renumber(field);
        fieldElement(field.id).querySelector('[data-add-row]').hidden = false;
      }
    }
  };

  /* The most rows a table holds: its fixed rows, or as many as the reader may add. */
  function maxRows(field) {
    return field.rows.length || MAX_ROWS;
  }

  /* What a result template gets of a table: a list of its rows that hold an answer, each with the
     names of its cells, {{row}} (its label or number) and {{weekday}} (a fixed row's value). */
  function tableView(field, rows) {
    return list(rows)
      .map(function (cells, index) {
        if (!w.rowHasValue(cells)) {
          return null;
        }
        var row = { row: field.rows.length ? (field.rows[index] || {}).label : String(index + 1) };
        field.columns.forEach(function (column) { kindOf(column).names(row, column, cells[column.id] || ''); });
        row.weekday = field.rows.length ? (field.rows[index] || {}).value : '';
        return row;
      })
      .filter(Boolean);
  }

  function tableRows(field) {
    return Array.from(fieldElement(field.id).querySelectorAll('tbody tr'));
  }

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
    var id = w.prefix + 'f-' + field.id;
    tableRows(field).forEach(function (row, index) {
      var header = row.querySelector('th');
      header.id = id + '-row-' + index;
      header.textContent = String(index + 1);
      row.setAttribute('data-row', String(index));
      row.querySelectorAll('[data-column]').forEach(function (input) {
        var column = input.getAttribute('data-column');
        input.id = id + '-' + index + '-' + column;
        input.setAttribute('aria-labelledby', id + '-col-' + column + ' ' + header.id);
      });
      var remove = row.querySelector('[data-remove-row]');
      if (remove) {
        remove.hidden = false;
        remove.setAttribute('aria-label', fill(T.remove_row, [index + 1]));
      }
    });
  }
  return hooks;
};
