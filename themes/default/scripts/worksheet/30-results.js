/* What follows from the answers: which questions show, progress, and the composed results.

   Provides: isVisible, isAnswered, rowHasValue, labelOf, display, view, compose, render,
   renderResults, RESULTS (with the kinds of result that are scripts of their own, such as
   scripts/result-score/), renderProgress, renderConditions, refresh.
   Uses: fill, root, sheet, fieldsById, isObject (10-state); kindOf, SHEET (12-kinds);
   fieldElement (20-fields); showPhrases (28-phrases).
 */

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
  return value && value.length ? kindOf(field).display(field, value) : '';
}

/* The names a result template reads, from the answers: what templateNames of the question's class
   lists in the build, which checks every template against those names (FieldTypesBrowserTest
   compares them). */
function view(answers) {
  var names = {};
  sheet.fields.forEach(function (field) {
    kindOf(field).names(names, field, isVisible(field, answers) ? answers[field.id] : undefined, answers);
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

function renderResults(answers) {
  var names = view(answers);
  sheet.results.forEach(function (result) {
    var show = RESULTS[result.type];
    if (show) {
      show(root.querySelector('[data-result="' + result.id + '"]'), result, answers, names);
    }
  });
}

/* What each kind of result shows as the answers change; a calendar is made on request. */
var RESULTS = {
  text: function (box, result, answers, names) {
    var text = compose(result.template, names);
    showPhrases(box.querySelector('[data-result-text]'), text);
    // A result with nothing to say for these answers is not shown at all.
    box.hidden = !text;
  }
};

/* A kind of result only some sheets have is a script of its own, scripts/result-NAME/, loaded
   before this script by the pages whose sheets have it (see worksheet-sheet.ftlh): it puts in
   keeptrack.results[NAME] a function that makes, from the sheet's functions (SHEET, 12-kinds),
   what it shows as the answers change. */
var loadedResults = (window.keeptrack || {}).results || {};
Object.keys(loadedResults).forEach(function (name) { RESULTS[name] = loadedResults[name](SHEET); });

/* Counts the required questions; on a sheet that requires none, every question shown. */
function renderProgress(answers) {
  var shown = sheet.fields.filter(function (f) { return isVisible(f, answers) && kindOf(f).answered; });
  var required = shown.filter(function (f) { return f.required; });
  var counted = required.length ? required : shown;
  var done = counted.filter(function (f) { return isAnswered(answers[f.id]); }).length;
  root.querySelector('[data-progress]').textContent =
    fill(required.length ? T.progress : T.progress_all, [counted.length, done]);
}

function renderConditions(answers) {
  sheet.fields.forEach(function (field) {
    fieldElement(field.id).hidden = !isVisible(field, answers);
  });
}

function refresh(answers) {
  renderConditions(answers);
  sheet.fields.forEach(function (field) { kindOf(field).render(field, answers); });
  renderProgress(answers);
  renderResults(answers);
}
