/*
 * keeptrack home page: the reader's progress, read from the answers this device saved (the same
 * localStorage the worksheets write), and the next step. Nothing is sent anywhere. The page lists
 * every sheet; this only changes how each line ends and the step to take. Text is set with
 * textContent only: saved answers are untrusted.
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

  /* The outcomes the self-check recommends, most "yes" answers first (the first listed on a tie);
     none that no "yes" counts towards. */
  function recommended() {
    var ranked = data.outcomes.map(function (outcome, index) {
      var answers = saved(outcome.sheet) || {};
      var count = outcome.fields.filter(function (id) { return answers[id] === 'yes'; }).length;
      return { outcome: outcome, count: count, index: index };
    }).filter(function (r) { return r.count > 0; });
    ranked.sort(function (a, b) { return b.count - a.count || a.index - b.index; });
    return ranked.map(function (r) { return r.outcome; });
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

  /* The step to suggest: the self-check's first recommendation whose sheet is not finished yet
     (a page whose sheet she has finished is not suggested again), else a sheet she started, else
     the first she has not started, else nothing is left. */
  function nextStep(states) {
    var open = function (sheet) { return states[sheet.id] !== 'done'; };
    var outcomes = recommended();
    for (var i = 0; i < outcomes.length; i++) {
      var outcome = outcomes[i];
      var sheets = data.sheets.filter(function (s) { return s.page === outcome.page; });
      var sheet = sheets.filter(open)[0];
      if (sheet) {
        return parts(T.next_outcome_sheet, [link(outcome.href, outcome.title), link(sheet.href, sheet.title)]);
      }
      if (!sheets.length) {
        return parts(T.next_outcome, [link(outcome.href, outcome.title)]);
      }
    }
    var started = data.sheets.filter(function (s) { return states[s.id] === 'started'; })[0];
    if (started) {
      return parts(T.next_started, [link(started.href, started.title)]);
    }
    var fresh = data.sheets.filter(function (s) { return states[s.id] === 'none'; })[0];
    return fresh ? parts(T.next_none, [link(fresh.href, fresh.title)]) : [T.all_done];
  }

  /* Every sheet is listed by the page with "not started"; only what this device saved changes a
     line's ending, so the box keeps its size. With nothing saved the page's own first step stays. */
  function render() {
    var states = {};
    var any = false;
    data.sheets.forEach(function (sheet) {
      states[sheet.id] = state(sheet);
      any = any || states[sheet.id] !== 'none';
      var item = box.querySelector('[data-sheet="' + sheet.id + '"] [data-state]');
      if (item) {
        item.textContent = T[states[sheet.id]];
      }
    });
    if (any) {
      say(box.querySelector('[data-progress-next]'), nextStep(states));
    } else {
      say(box.querySelector('[data-progress-next]'), first.map(function (n) { return n.cloneNode(true); }));
    }
  }

  /* The first step the page itself says, put back when the answers are cleared. */
  var first = Array.prototype.slice.call(box.querySelector('[data-progress-next]').childNodes)
    .map(function (n) { return n.cloneNode(true); });

  box.querySelector('[data-progress-clear]').addEventListener('click', function () {
    if (window.confirm(T.clear_confirm)) {
      data.sheets.forEach(function (sheet) { window.localStorage.removeItem(KEY + sheet.id); });
      render();
    }
  });
  render();
})();
