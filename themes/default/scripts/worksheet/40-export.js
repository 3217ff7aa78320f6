/* What leaves the form: copies, downloads, exported and imported files, printing.

   Provides: fieldLabel, say, download, copy, preparePrint, finishPrint.
   Uses: root, sheet, form (10-state); kindOf (12-kinds); fieldElement, readForm, writeForm
   (20-fields); refresh (30-results).
 */

/* The question as the page shows it, without the （必須） mark that follows it. */
function fieldLabel(id) {
  /* The label's own words: its text nodes before the "required" mark (<wbr> splits them). */
  var text = '';
  var node = fieldElement(id).querySelector('label, legend, .ws-label').firstChild;
  for (; node && (node.nodeType === 3 || node.nodeName === 'WBR'); node = node.nextSibling) {
    text += node.nodeValue || '';
  }
  return text.trim();
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

/* The selection-based copy works everywhere, from disk too; the Clipboard API is the fallback.
   tell says how it went (by default in the sheet's message line). */
function copy(text, tell) {
  tell = tell || say;
  var area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  /* Inside an open dialog, the rest of the page is inert and cannot be selected. */
  (document.querySelector('dialog[open]') || document.body).appendChild(area);
  area.select();
  var copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (error) {
    copied = false;
  }
  area.remove();
  if (copied) {
    tell(T.copied);
  } else if (navigator.clipboard) {
    navigator.clipboard.writeText(text).then(
      function () { tell(T.copied); },
      function () { tell(T.copy_failed); });
  } else {
    tell(T.copy_failed);
  }
}

/* Filled printing shows answers as text; blank printing empties the form until printing ends. */
var beforePrint = null;

function preparePrint(mode) {
  var answers = readForm();
  document.documentElement.classList.remove('ws-print-blank', 'ws-print-filled');
  document.documentElement.classList.add(mode === 'blank' ? 'ws-print-blank' : 'ws-print-filled');
  if (mode === 'blank') {
    /* Prepared twice before one printout (a button, then the browser), the form is empty by then. */
    beforePrint = beforePrint || answers;
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
  sheet.fields.forEach(function (field) { kindOf(field).print(field, answers); });
}
