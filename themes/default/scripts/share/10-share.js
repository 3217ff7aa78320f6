/*
 * keeptrack worksheets: sharing a sheet's answers with a partner, no server involved. Loaded by
 * worksheet.js on the first click of its share button, or when a page is opened with a shared
 * link (see the theme README), and called with that sheet's functions (ws).
 *
 * The answers travel in the link's fragment, "#share=" and then "1." and the deflated JSON of the
 * answer file (the same envelope as "save to a file"), base64url: a browser never sends the part
 * after "#" to the server. Without CompressionStream, "0." and the JSON itself. Opening a link
 * shows its answers and replaces nothing until the reader says so; a link of another sheet, of
 * another version of this one, or one that cannot be read changes nothing.
 *
 * The QR code is drawn by qrcode-generator (assets/qrcode.js), also loaded only when asked for.
 *
 * Provides: keeptrack.share(ws, what), in the page's one global, window.keeptrack.
 * Uses: of the sheet's functions (ws, keeptrack.worksheet): sheet, field, answers, fit, saved,
 * answered, format, apply, label, text, say, fill, copy, download, load.
 */

var ws;
var sheet;
var PREFIX = '#share=';
/* Far above a filled sheet (a few KB), far below what would freeze a phone: a hostile link may be
   a "deflate bomb" that expands a thousandfold. */
var MAX_LINK = 100000;
/* A filled sheet's JSON is a few KB; a link that unpacks to more than this is refused as damaged,
   so that a short link cannot fill the device's storage. */
var MAX_JSON = 1 << 16;
var assets = document.currentScript.src.replace(/[^\/]*$/, '');

/* ---------- the link's text ---------- */

function base64url(bytes) {
  var text = '';
  for (var i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unbase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) {
    throw new Error('not base64url');
  }
  var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

/* The bytes after passing through a (de)compression stream, refusing more than MAX_JSON. */
function through(bytes, stream) {
  var reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  var chunks = [];
  var size = 0;
  function next() {
    return reader.read().then(function (step) {
      if (step.done) {
        var all = new Uint8Array(size);
        var at = 0;
        chunks.forEach(function (chunk) {
          all.set(chunk, at);
          at += chunk.length;
        });
        return all;
      }
      size += step.value.length;
      if (size > MAX_JSON) {
        reader.cancel();
        throw new Error('too large');
      }
      chunks.push(step.value);
      return next();
    });
  }
  return next();
}

var compresses = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

function encode(envelope) {
  var json = new TextEncoder().encode(JSON.stringify(envelope));
  if (!compresses) {
    return Promise.resolve('0.' + base64url(json));
  }
  return through(json, new CompressionStream('deflate-raw')).then(function (bytes) {
    return '1.' + base64url(bytes);
  });
}

/* The envelope a link carries, or a rejected promise with the key of the message to show. */
function decode(payload) {
  return Promise.resolve()
    .then(function () {
      if (payload.length > MAX_LINK) {
        throw new Error('too long');
      }
      var kind = payload.slice(0, 2);
      var bytes = unbase64url(payload.slice(2));
      if (kind === '0.') {
        if (bytes.length > MAX_JSON) {
          throw new Error('too large');
        }
        return bytes;
      }
      if (kind !== '1.') {
        throw new Error('unknown kind');
      }
      if (!compresses) {
        throw { message: 'share_unsupported' };
      }
      return through(bytes, new DecompressionStream('deflate-raw'));
    })
    .then(function (bytes) {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    })
    .then(check, function (error) {
      throw error && error.message === 'share_unsupported' ? error : { message: 'share_damaged' };
    });
}

/* A link's or an answer file's envelope judged by the one set of rules both follow: the answers
   it brings ({answers}), or why it cannot be read ({error}: 'damaged', 'other_sheet', 'newer',
   'older', or 'values' when an answer is not one the form could hold, by the sheet's own rules). */
function verdict(data) {
  if (!isObject(data) || data.format !== ws.format || !isObject(data.answers)) {
    return { error: 'damaged' };
  }
  if (data.worksheet !== sheet.id) {
    return { error: 'other_sheet' };
  }
  /* A version is a whole number: "1" is a damaged envelope, not an older one. */
  if (typeof data.version !== 'number' || !(data.version >= 1 && data.version % 1 === 0)) {
    return { error: 'damaged' };
  }
  if (data.version !== sheet.version) {
    return { error: data.version > sheet.version ? 'newer' : 'older' };
  }
  var answers = ws.fit(data.answers, true);
  return answers ? { answers: answers } : { error: 'values' };
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function check(data) {
  var judged = verdict(data);
  var refusals = { other_sheet: 'share_other_sheet', newer: 'share_newer', older: 'share_older' };
  if (judged.error) {
    throw { message: refusals[judged.error] || 'share_damaged' };
  }
  return judged.answers;
}

/* An answer file: read, judged like a link, then offered with the same question. */
var MAX_FILE = 1 << 20;

function receiveFile(file) {
  if (file.size > MAX_FILE) {
    ws.say(T.import_too_large);
    return;
  }
  var reader = new FileReader();
  reader.onload = function () {
    var data;
    try {
      data = JSON.parse(String(reader.result));
    } catch (error) {
      ws.say(T.import_not_json);
      return;
    }
    var judged = verdict(data);
    var refusals = {
      damaged: T.import_foreign,
      other_sheet: T.import_other_sheet,
      newer: T.import_newer,
      older: T.import_older,
      values: T.import_values
    };
    if (judged.error) {
      ws.say(refusals[judged.error]);
      return;
    }
    ask(judged.answers, { title: T.file_title, intro: T.file_intro, done: T.file_received });
  };
  reader.readAsText(file);
}

/* ---------- dialogs ---------- */

function element(name, className, text) {
  var node = document.createElement(name);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

/* name marks the button for the tests, whatever its words. */
function button(name, text, primary, action) {
  var node = element('button', primary ? 'ws-button ws-primary' : 'ws-button', text);
  node.type = 'button';
  node.setAttribute('data-action', name);
  node.addEventListener('click', action);
  return node;
}

var dialog = null;

/* A modal dialog; Escape closes it as onCancel says. */
function open(title, parts, onCancel) {
  if (dialog) {
    dialog.remove();
  }
  dialog = element('dialog', 'ws-dialog');
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    onCancel();
  });
  dialog.setAttribute('aria-labelledby', 'ws-dialog-title');
  var heading = element('h2', '', title);
  heading.id = 'ws-dialog-title';
  dialog.appendChild(heading);
  parts.forEach(function (part) { dialog.appendChild(part); });
  document.body.appendChild(dialog);
  dialog.showModal();
  return dialog;
}

function close() {
  if (dialog) {
    dialog.close();
    dialog.remove();
    dialog = null;
  }
}

function actions(list) {
  var box = element('div', 'ws-actions');
  list.forEach(function (node) { box.appendChild(node); });
  return box;
}

/* ---------- sending ---------- */

/* Served pages link to themselves. A page opened from disk cannot be opened on another device,
   so its link names the published page when the site has an address. */
function pageAddress() {
  if (location.protocol !== 'file:') {
    return { href: location.href.split('#')[0], note: '' };
  }
  var canonical = document.querySelector('link[rel="canonical"]');
  return canonical
    ? { href: canonical.href, note: T.file_published }
    : { href: location.href.split('#')[0], note: T.file_local };
}

function send() {
  var answers = ws.answers();
  if (!ws.answered(answers)) {
    ws.say(T.nothing_to_send);
    return;
  }
  encode({ format: 'keeptrack-worksheet', worksheet: sheet.id, version: sheet.version, answers: answers })
    .then(function (payload) {
      var address = pageAddress();
      var link = address.href + PREFIX + payload;
      var field = element('input', 'ws-share-link');
      field.id = 'ws-share-link';
      field.readOnly = true;
      field.value = link;
      var label = element('label', '', ws.fill(T.link_label, [link.length]));
      label.htmlFor = field.id;
      var status = element('p', 'ws-share-status');
      status.setAttribute('role', 'status');
      var qr = element('div', 'ws-qr');
      var list = [
        button('copy', T.copy, true, function () {
          ws.copy(link, function (text) { status.textContent = text; });
        })
      ];
      if (navigator.share && location.protocol !== 'file:') {
        list.push(button('share', T.share, false, function () {
          navigator.share({ title: document.title, url: link }).catch(function () { /* cancelled */ });
        }));
      }
      list.push(button('qr', T.show_qr, false, function () { showQr(link, qr, status); }));
      list.push(button('close', T.close, false, close));
      var parts = [element('p', '', T.send_intro), element('p', 'ws-privacy', T.send_privacy)];
      if (address.note) {
        parts.push(element('p', '', address.note));
      }
      parts.push(label, field, actions(list), status, qr);
      open(T.send_title, parts, close);
      field.focus();
      field.select();
    })
    .catch(function () { ws.say(T.send_failed); });
}

/* Past about a hundred modules a side (a long link), a code on a phone's screen is hard to read. */
var DENSE = 100;

function showQr(link, box, status) {
  if (!window.qrcode) {
    ws.load('qrcode', function () {
      if (window.qrcode) {
        showQr(link, box, status);
      } else {
        status.textContent = T.qr_failed;
      }
    });
    return;
  }
  var code;
  try {
    code = window.qrcode(0, 'L');
    code.addData(link, 'Byte');
    code.make();
  } catch (error) {
    status.textContent = T.qr_too_long;
    return;
  }
  var size = code.getModuleCount() + 8;
  box.textContent = '';
  box.appendChild(qrSvg(code));
  box.appendChild(element('p', '', size > DENSE ? T.qr_dense : T.qr_note));
  /* The printed sheet carries the same code, below its results, at half a millimetre a module
     or more, which a phone reads from paper. */
  var printed = document.querySelector('.ws-qr-print') || element('figure', 'ws-qr-print');
  var svg = qrSvg(code);
  var side = Math.max(40, Math.ceil(size / 2)) + 'mm';
  svg.setAttribute('width', side);
  svg.setAttribute('height', side);
  printed.textContent = '';
  printed.appendChild(svg);
  printed.appendChild(element('figcaption', '', T.qr_print_note));
  document.querySelector('[data-worksheet]').appendChild(printed);
  printedFor = JSON.stringify(ws.answers());
}

/* A code printed after the answers changed would carry the old ones: it is left out. */
var printedFor = '';
window.addEventListener('beforeprint', function () {
  var printed = document.querySelector('.ws-qr-print');
  if (printed && JSON.stringify(ws.answers()) !== printedFor) {
    printed.remove();
  }
});

/* The code as one SVG path, one unit per module, with the four-module quiet zone around it. */
function qrSvg(code) {
  var size = code.getModuleCount();
  var path = '';
  for (var row = 0; row < size; row++) {
    for (var col = 0; col < size; col++) {
      if (code.isDark(row, col)) {
        path += 'M' + (col + 4) + ' ' + (row + 4) + 'h1v1h-1z';
      }
    }
  }
  var NS = 'http://www.w3.org/2000/svg';
  var svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + (size + 8) + ' ' + (size + 8));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', T.qr_label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  var back = document.createElementNS(NS, 'rect');
  back.setAttribute('width', '100%');
  back.setAttribute('height', '100%');
  back.setAttribute('fill', '#fff');
  var dark = document.createElementNS(NS, 'path');
  dark.setAttribute('d', path);
  dark.setAttribute('fill', '#000');
  svg.appendChild(back);
  svg.appendChild(dark);
  return svg;
}

/* ---------- receiving ---------- */

function forgetLink() {
  try {
    history.replaceState(null, '', location.href.split('#')[0]);
  } catch (error) {
    location.hash = '';
  }
}

function receive() {
  var payload = location.hash.slice(PREFIX.length);
  forgetLink();
  decode(payload).then(
    function (answers) {
      ask(answers, { title: T.receive_title, intro: T.receive_intro, done: T.received });
    },
    function (error) {
      ws.say(T[error.message] || T.share_damaged);
    });
}

/* Shows answers that came from a link or a file and replaces the saved ones only when the reader
   says so: the one question for both. */
function ask(answers, words) {
  var preview = element('dl', 'ws-share-preview');
  var count = 0;
  sheet.fields.forEach(function (field) {
    var value = answers[field.id];
    /* A table shows how many rows it has. */
    var text = field.columns.length
      ? (Array.isArray(value) && value.length ? ws.fill(T.rows, [value.length]) : '')
      : ws.text(field, value);
    if (text) {
      count++;
      preview.appendChild(element('dt', '', ws.label(field.id)));
      preview.appendChild(element('dd', '', text));
    }
  });
  var replaces = ws.answered(ws.saved());
  function decline() {
    close();
    ws.say(T.declined);
  }
  open(words.title, [
    element('p', '', ws.fill(words.intro, [count])),
    element('p', '', replaces ? T.receive_replaces : T.receive_saves),
    preview,
    actions([
      button('accept', T.accept, true, function () {
        ws.apply(answers);
        close();
        ws.say(words.done);
      }),
      button('decline', T.decline, false, decline)
    ])
  ], decline);
}

/* ---------- start ---------- */

var styled = false;

(window.keeptrack = window.keeptrack || {}).share = function (sheetFunctions, action) {
  ws = sheetFunctions;
  sheet = ws.sheet;
  var run = action === 'send' ? send : action === 'receive' ? receive : function () {
    receiveFile(action.file);
  };
  if (styled) {
    run();
    return;
  }
  var style = element('link');
  style.rel = 'stylesheet';
  style.href = assets + 'share.css';
  /* The dialogs wait for their style sheet, so that they never show unstyled. */
  style.onload = style.onerror = function () {
    styled = true;
    run();
  };
  document.head.appendChild(style);
};
