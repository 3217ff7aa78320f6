/*
 * A page that gathers several worksheets to look over and print together (packet.ftlh). The page
 * itself only lists them: their forms weigh as much as the sheets' own pages together, so they are
 * a part of the page (packet.sheets.ftlh, written by the build as a script) loaded when the reader
 * asks to see or print them. Then worksheet.js runs once for each sheet, and the print buttons name
 * the kind of printout, as a sheet's own buttons do: every sheet prepares itself as printing starts.
 *
 * Provides: nothing global. Uses: keeptrack.parts.sheets (the part, which the build writes into
 * the page's one global, window.keeptrack), the scripts of the sheets' kinds of question
 * (scripts/type-NAME/) and worksheet.js, loaded once per sheet.
 */

var holder = document.querySelector('[data-packet-sheets]');
var actions = document.querySelector('[data-packet-actions]');
if (!holder || !actions) {
  return;
}
var packet = holder.closest('.packet');
var assets = document.currentScript.src.replace(/[^\/]*$/, '');
var message = document.querySelector('[data-packet-message]');
var showButton = actions.querySelector('[data-packet-show]');
var shown = false;
var waiting = null;

function load(src, then) {
  var script = document.createElement('script');
  script.src = src;
  script.onload = script.onerror = then;
  document.head.appendChild(script);
}

/* Shows the sheets (loading them the first time), then calls then. */
function show(then) {
  if (shown) {
    then();
    return;
  }
  if (waiting) {
    waiting.push(then);
    return;
  }
  waiting = [then];
  message.textContent = '';
  load(holder.getAttribute('data-part'), function () {
    var markup = ((window.keeptrack || {}).parts || {}).sheets;
    if (typeof markup !== 'string') {
      waiting = null;
      message.textContent = T.failed;
      return;
    }
    holder.innerHTML = markup;
    startSheets(kindScripts(), holder.querySelectorAll('[data-worksheet]').length, function () {
      shown = true;
      showButton.hidden = true;
      packet.classList.add('ws-packet-shown');
      var calls = waiting;
      waiting = null;
      calls.forEach(function (call) { call(); });
    });
  });
}

/* The scripts of the kinds of question the sheets have (data-scripts), each once. */
function kindScripts() {
  var names = [];
  holder.querySelectorAll('[data-scripts]').forEach(function (sheet) {
    sheet.getAttribute('data-scripts').split(' ').forEach(function (name) {
      if (name && names.indexOf(name) < 0) {
        names.push(name);
      }
    });
  });
  return names;
}

/* Those scripts first, as worksheet.js registers them when it starts; then worksheet.js, which
   starts the first sheet not yet started each time it runs. */
function startSheets(scripts, left, done) {
  if (scripts.length) {
    load(assets + scripts[0] + '.js', function () { startSheets(scripts.slice(1), left, done); });
  } else if (left === 0) {
    done();
  } else {
    load(assets + 'worksheet.js', function () { startSheets(scripts, left - 1, done); });
  }
}

showButton.addEventListener('click', function () {
  show(function () {
    holder.querySelector('h2').focus();
  });
});

actions.querySelectorAll('[data-packet-print]').forEach(function (button) {
  button.addEventListener('click', function () {
    show(function () {
      document.documentElement.classList.add('ws-print-' + button.getAttribute('data-packet-print'));
      window.print();
    });
  });
});

actions.hidden = false;
packet.classList.add('ws-ready');
