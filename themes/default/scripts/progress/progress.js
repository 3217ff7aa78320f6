/*
 * keeptrack home page: the reader's progress, read from the answers this device saved (the same
 * localStorage the worksheets write), and the next step. Nothing is sent anywhere; nothing is
 * shown while nothing is saved. Text is set with textContent only: saved answers are untrusted.
 *
 * Provides: nothing global. Uses: the JSON block #progress-data the build writes on the page.
 */
(function () {
  'use strict';

  var box = document.querySelector('[data-progress]');
  var block = document.getElementById('progress-data');
  if (!box || !block) {
    return;
  }
  var data = JSON.parse(block.textContent);
  var KEY = 'keeptrack:worksheet:';

  function saved(id) {
    try {
      var envelope = JSON.parse(window.localStorage.getItem(KEY + id) || 'null');
      return envelope && envelope.format === 'keeptrack-worksheet' && envelope.answers &&
        typeof envelope.answers === 'object' ? envelope.answers : null;
    } catch (error) {
      return null;
    }
  }

  /* Whether an answer says something: a text, a list of choices or a table's rows of texts. Only
     those shapes are read, so a saved value nested thousands deep is simply not an answer. */
  function filled(value) {
    if (Array.isArray(value)) {
      return value.some(function (item) {
        return item && typeof item === 'object'
          ? Object.keys(item).some(function (key) { return isFilledText(item[key]); })
          : isFilledText(item);
      });
    }
    return isFilledText(value);
  }

  function isFilledText(value) {
    return typeof value === 'string' && value.trim() !== '';
  }

  /* 'none', 'started' or 'done' (every required question answered); a sheet whose saved answers
     cannot be read counts as 'none', and the others still show. */
  function state(sheet) {
    try {
      var answers = saved(sheet.id);
      if (!answers || !Object.keys(answers).some(function (key) { return filled(answers[key]); })) {
        return 'none';
      }
      return sheet.required.every(function (id) { return filled(answers[id]); }) ? 'done' : 'started';
    } catch (error) {
      return 'none';
    }
  }

  /* The outcome the self-check recommends: the most "yes" answers, the first listed on a tie. */
  function recommended() {
    var best = null;
    var most = 0;
    data.outcomes.forEach(function (outcome) {
      var answers = saved(outcome.sheet) || {};
      var count = outcome.fields.filter(function (id) { return answers[id] === 'yes'; }).length;
      if (count > most) {
        best = outcome;
        most = count;
      }
    });
    return best;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function say(target, parts) {
    target.textContent = '';
    parts.forEach(function (part) {
      target.appendChild(typeof part === 'string' ? document.createTextNode(part) : part);
    });
  }

  /* A text of T cut at its {0}, {1}: the text between, and in their places the given nodes. */
  function parts(text, nodes) {
    return text.split(/\{(\d)\}/).map(function (part, i) { return i % 2 ? nodes[Number(part)] : part; });
  }

  function render() {
    var list = box.querySelector('[data-progress-list]');
    var states = {};
    list.textContent = '';
    data.sheets.forEach(function (sheet) {
      states[sheet.id] = state(sheet);
      if (states[sheet.id] !== 'none') {
        var item = document.createElement('li');
        say(item, [link(sheet.href, sheet.title), states[sheet.id] === 'done' ? T.done : T.started]);
        list.appendChild(item);
      }
    });
    box.hidden = !list.children.length;
    var next = box.querySelector('[data-progress-next]');
    var outcome = recommended();
    var open = function (sheet) { return states[sheet.id] !== 'done'; };
    if (outcome) {
      var sheet = data.sheets.filter(function (s) { return s.page === outcome.page && open(s); })[0];
      say(next, sheet
        ? parts(T.next_outcome_sheet, [link(outcome.href, outcome.title), link(sheet.href, sheet.title)])
        : parts(T.next_outcome, [link(outcome.href, outcome.title)]));
      return;
    }
    var started = data.sheets.filter(function (s) { return states[s.id] === 'started'; })[0];
    say(next, started ? parts(T.next_started, [link(started.href, started.title)]) : []);
  }

  box.querySelector('[data-progress-clear]').addEventListener('click', function () {
    if (window.confirm(T.clear_confirm)) {
      data.sheets.forEach(function (sheet) { window.localStorage.removeItem(KEY + sheet.id); });
      render();
    }
  });
  render();
})();
