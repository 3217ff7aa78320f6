/*
 * keeptrack search, loaded by site.js the first time the search box gets focus, after
 * assets/search-index.js, which tells how the index is split. Results are ranked title first,
 * then description, heading and text, at most two parts of a page, and are reachable with the
 * arrow keys and Enter.
 *
 * Provides: keeptrack.search (normalise, tokens, bucket, search; for the tests), in the page's one
 * global, window.keeptrack. Uses: keeptrack.searchIndex (assets/search-index.js) and
 * keeptrack.searchParts (assets/search/*.js), which the build writes there.
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

  /*
   * The bucket of a token, as SearchIndexer.bucket computes it: FNV-1a over UTF-16 units.
   */
  function bucket(token, buckets) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      hash ^= token.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return hash & (buckets - 1);
  }

  var keeptrack = window.keeptrack = window.keeptrack || {};
  keeptrack.search = { normalise: normalise, tokens: tokens, bucket: bucket };

  var box = document.querySelector('[data-search]');
  var manifest = keeptrack.searchIndex;
  if (!box || !manifest) {
    return;
  }
  var input = box.querySelector('input');
  var list = box.querySelector('[role="listbox"]');
  var status = box.querySelector('[data-search-status]');
  var active = -1;
  var parts = keeptrack.searchParts = keeptrack.searchParts || {};
  // For tests that weigh the ranking over many queries, without the list on screen.
  keeptrack.search.search = function (query) { return search(query); };
  var loading = {};

  /*
   * The index is split into scripts (see SearchIndexer): one per bucket of tokens, one per chunk
   * of section texts. Each is added once, as a script element, which works from file:// too.
   */
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve) {
        var script = document.createElement('script');
        script.src = root + 'assets/search/' + name + '.js';
        script.onload = resolve;
        script.onerror = resolve;
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function loadAll(names) {
    return Promise.all(unique(names).map(load));
  }

  function unique(values) {
    return values.filter(function (v, i) { return values.indexOf(v) === i; });
  }

  /* A token's sections and their scores: ids are stored as base-36 gaps, each followed by a score A-Z. */
  function postings(token) {
    var shard = parts['t' + bucket(token, manifest.buckets)] || {};
    var encoded = Object.prototype.hasOwnProperty.call(shard, token) ? shard[token] : '';
    var found = new Map();
    var id = 0;
    var digits = '';
    for (var i = 0; i < encoded.length; i++) {
      var c = encoded.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        id += parseInt(digits, 36);
        found.set(id, c.charCodeAt(0) - 64);
        digits = '';
      } else {
        digits += c;
      }
    }
    return found;
  }

  /* A section's values by name: the manifest names them in the order the build writes them. */
  function section(id) {
    var chunk = parts['d' + Math.floor(id / manifest.chunk)];
    var values = chunk && chunk[id % manifest.chunk];
    if (!values) {
      return null;
    }
    var named = {};
    manifest.fields.forEach(function (name, i) { named[name] = values[i]; });
    return named;
  }

  /*
   * Sections holding every token of the query, best first: the scores stored with the tokens
   * (title, description, heading, text) rank them; the few best are then loaded and those that
   * hold the whole query as written rank higher still.
   */
  function search(query) {
    var normalQuery = normalise(query).trim();
    var wanted = unique(tokens(query));
    if (!normalQuery || !wanted.length) {
      return Promise.resolve([]);
    }
    return loadAll(wanted.map(function (t) { return 't' + bucket(t, manifest.buckets); })).then(function () {
      var scores = null;
      wanted.forEach(function (token) {
        var found = postings(token);
        if (scores === null) {
          scores = found;
        } else {
          scores.forEach(function (score, id) {
            if (found.has(id)) {
              scores.set(id, score + found.get(id));
            } else {
              scores.delete(id);
            }
          });
        }
      });
      var ranked = Array.from(scores || new Map()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, 20);
      return loadAll(ranked.map(function (r) { return 'd' + Math.floor(r[0] / manifest.chunk); })).then(function () {
        var results = [];
        ranked.forEach(function (r) {
          var doc = section(r[0]);
          if (!doc) {
            return;
          }
          var score = r[1];
          // The title and description count for the page's own part (no heading) only, as in the index.
          var fields = doc.heading ? [[doc.heading, 10], [doc.text, 3]]
            : [[doc.title, 20], [doc.description, 8], [doc.text, 3]];
          fields.forEach(function (field) {
            if (normalise(field[0]).indexOf(normalQuery) >= 0) {
              score += field[1];
            }
          });
          results.push({ id: r[0], score: score, page: [doc.title, doc.path], section: [0, doc.heading, doc.anchor, doc.text] });
        });
        results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
        // At most two parts of one page, so that one long page does not push the others out.
        var perPage = {};
        return results.filter(function (r) {
          perPage[r.page[1]] = (perPage[r.page[1]] || 0) + 1;
          return perPage[r.page[1]] <= 2;
        }).slice(0, 8);
      });
    });
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
      option.href = root + result.page[1].split('/').map(encodeURIComponent).join('/') + (result.section[2] ? '#' + result.section[2] : '');
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
      none.textContent = T.none;
      list.append(none);
    }
    status.textContent = open ? T.found.replace('{0}', results.length) : '';
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

  /* Results arrive after their part of the index is loaded; only the latest query's are shown. */
  var asked = 0;
  function update() {
    var query = input.value;
    var turn = ++asked;
    search(query).then(function (results) {
      if (turn === asked) {
        show(results, query);
      }
    });
  }

  input.addEventListener('input', update);
  if (input.value) {
    update();
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
