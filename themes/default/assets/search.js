/*
 * keeptrack search, loaded by site.js the first time the search box gets focus, after
 * assets/search-index.js. Results are ranked title first, then heading, then text, and are
 * reachable with the arrow keys and Enter.
 */
(function () {
  'use strict';

  var root = document.body.getAttribute('data-root') || '';

  /*
   * Text is normalised and cut into tokens exactly as SearchTokenizer does at build time:
   * NFKC (full and half width alike), lower case, katakana folded to hiragana; Latin letters and
   * digits make words, Japanese makes character bigrams. A one-character query is looked up as a
   * substring instead.
   */
  function normalise(text) {
    return text.normalize('NFKC').toLowerCase().replace(/[\u30a1-\u30f6]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0x60);
    });
  }

  function isWordChar(c) {
    return /[a-z0-9]/.test(c);
  }

  function isJapanese(c) {
    return /[\u3041-\u3096\u30fc\u3005\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/.test(c);
  }

  function tokens(text) {
    var out = [];
    var chars = Array.from(normalise(text));
    var i = 0;
    while (i < chars.length) {
      var start = i;
      if (isWordChar(chars[i])) {
        while (i < chars.length && isWordChar(chars[i])) { i++; }
        out.push(chars.slice(start, i).join(''));
      } else if (isJapanese(chars[i])) {
        while (i < chars.length && isJapanese(chars[i])) { i++; }
        var run = chars.slice(start, i);
        if (run.length === 1) {
          out.push(run[0]);
        }
        for (var k = 0; k + 1 < run.length; k++) {
          out.push(run[k] + run[k + 1]);
        }
      } else {
        i++;
      }
    }
    return out;
  }

  window.keeptrackSearch = { normalise: normalise, tokens: tokens };

  var box = document.querySelector('[data-search]');
  if (!box || !window.KEEPTRACK_SEARCH_INDEX) {
    return;
  }
  var input = box.querySelector('input');
  var list = box.querySelector('[role="listbox"]');
  var status = box.querySelector('[data-search-status]');
  var active = -1;

  function unique(values) {
    return values.filter(function (v, i) { return values.indexOf(v) === i; });
  }

  function search(query) {
    var index = window.KEEPTRACK_SEARCH_INDEX;
    var normalQuery = normalise(query).trim();
    var wanted = unique(tokens(query));
    if (!normalQuery || !wanted.length) {
      return [];
    }
    var candidates = null;
    if (Array.from(normalQuery).length === 1) {
      candidates = index.sections.map(function (_, i) { return i; });
    } else {
      wanted.forEach(function (token) {
        var ids = (index.tokens[token] || '').split(',').filter(Boolean).map(function (id) { return parseInt(id, 36); });
        candidates = candidates === null ? ids : candidates.filter(function (id) { return ids.indexOf(id) >= 0; });
      });
    }
    var results = [];
    (candidates || []).forEach(function (id) {
      var section = index.sections[id];
      var page = index.pages[section[0]];
      var fields = [
        [normalise(page[0]), 10, 20],
        [normalise(page[2]), 6, 8],
        [normalise(section[1]), 5, 10],
        [normalise(section[3]), 1, 3]
      ];
      var score = 0;
      fields.forEach(function (field) {
        var text = field[0];
        wanted.forEach(function (token) {
          score += field[1] * Math.min(occurrences(text, token), field === fields[3] ? 5 : 1);
        });
        if (text.indexOf(normalQuery) >= 0) {
          score += field[2];
        }
      });
      if (score > 0) {
        results.push({ id: id, score: score, page: page, section: section });
      }
    });
    results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return results.slice(0, 8);
  }

  function occurrences(text, token) {
    var count = 0;
    for (var at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length)) {
      count++;
    }
    return count;
  }

  /*
   * The text with the first match marked. With {@code around}, only that many characters on each
   * side of the match are kept, as a snippet. Positions are found on the normalised text, one
   * character at a time, so that the original characters are the ones shown.
   */
  function marked(text, query, around) {
    var chars = Array.from(text);
    var folded = chars.map(normalise);
    var joined = '';
    var starts = folded.map(function (piece) { var at = joined.length; joined += piece; return at; });
    var wanted = normalise(query).trim();
    var found = joined.indexOf(wanted);
    if (found < 0) {
      wanted = tokens(query).filter(function (t) { return joined.indexOf(t) >= 0; })[0] || '';
      found = wanted ? joined.indexOf(wanted) : -1;
    }
    var at = starts.indexOf(found);
    var fragment = document.createDocumentFragment();
    if (at < 0) {
      fragment.append(around ? chars.slice(0, around * 3).join('') + (chars.length > around * 3 ? '…' : '') : text);
      return fragment;
    }
    var end = at;
    var length = 0;
    while (end < chars.length && length < wanted.length) {
      length += folded[end].length;
      end++;
    }
    var from = around ? Math.max(0, at - around) : 0;
    var to = around ? Math.min(chars.length, end + around * 2) : chars.length;
    fragment.append((from > 0 ? '…' : '') + chars.slice(from, at).join(''));
    var mark = document.createElement('mark');
    mark.textContent = chars.slice(at, end).join('');
    fragment.append(mark, chars.slice(end, to).join('') + (to < chars.length ? '…' : ''));
    return fragment;
  }

  function show(results, query) {
    list.textContent = '';
    active = -1;
    results.forEach(function (result, i) {
      var option = document.createElement('a');
      option.id = 'search-result-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = 'search-result';
      option.href = root + result.page[1] + (result.section[2] ? '#' + result.section[2] : '');
      var title = document.createElement('span');
      title.className = 'search-result-title';
      title.append(marked(result.page[0] + (result.section[1] && result.section[1] !== result.page[0] ? ' › ' + result.section[1] : ''), query, 0));
      var text = document.createElement('span');
      text.className = 'search-result-snippet';
      text.append(marked(result.section[3], query, 20));
      option.append(title, text);
      list.append(option);
    });
    var open = query.trim() !== '';
    list.hidden = !open;
    if (open && !results.length) {
      var none = document.createElement('p');
      none.className = 'search-none';
      none.textContent = '見つかりませんでした。別のことばで試してみてください。';
      list.append(none);
    }
    status.textContent = open ? results.length + '件見つかりました' : '';
  }

  function move(step) {
    var options = list.querySelectorAll('[role="option"]');
    if (!options.length) {
      return;
    }
    if (active >= 0) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = (active + step + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    options[active].scrollIntoView({ block: 'nearest' });
    input.setAttribute('aria-activedescendant', options[active].id);
  }

  input.addEventListener('input', function () { show(search(input.value), input.value); });
  if (input.value) {
    show(search(input.value), input.value);
  }
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Enter') {
      var options = list.querySelectorAll('[role="option"]');
      var target = options[active >= 0 ? active : 0];
      if (target) {
        event.preventDefault();
        window.location.href = target.href;
      }
    } else if (event.key === 'Escape') {
      input.value = '';
      show([], '');
    }
  });
  document.addEventListener('click', function (event) {
    if (!box.contains(event.target)) {
      list.hidden = true;
    }
  });
})();
