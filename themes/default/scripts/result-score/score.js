/* score: the page to read first, by the outcome most yes answers count towards (a yes/no
   question's field.score), once every question that counts is answered. A script of its own,
   loaded before worksheet.js by the pages whose sheets have a score (see 30-results.js).
   Provides: keeptrack.results.score. Uses: of the sheet's functions (w, 12-kinds): sheet,
   isVisible, isAnswered, showPhrases. */
((window.keeptrack = window.keeptrack || {}).results = window.keeptrack.results || {}).score = function (w) {
  function scoreOutcome(result, answers) {
    var counts = {};
    w.sheet.fields.forEach(function (field) {
      if (field.score && w.isVisible(field, answers) && answers[field.id] === 'yes') {
        counts[field.score] = (counts[field.score] || 0) + 1;
      }
    });
    var best = null;
    result.outcomes.forEach(function (outcome) {
      if ((counts[outcome.id] || 0) > 0 && (!best || counts[outcome.id] > counts[best.id])) {
        best = outcome;
      }
    });
    var open = w.sheet.fields.some(function (field) {
      return field.score && w.isVisible(field, answers) && !w.isAnswered(answers[field.id]);
    });
    return { best: best, counts: counts, open: open };
  }

  function renderScore(box, result, score) {
    var output = box.querySelector('[data-score-output]');
    output.textContent = '';
    var lead = document.createElement('p');
    if (score.best) {
      lead.append(T.read_first);
      var link = document.createElement('a');
      link.href = score.best.href;
      w.showPhrases(link, score.best.title);
      lead.append(link);
      output.append(lead);
      if (score.best.text) {
        var text = document.createElement('p');
        w.showPhrases(text, score.best.text);
        output.append(text);
      }
    } else {
      // "Nothing applies" is a verdict only once every question that counts is answered.
      lead.textContent = score.open ? T.score_waiting : result.none || T.score_none;
      output.append(lead);
    }
  }

  return function (box, result, answers) {
    renderScore(box, result, scoreOutcome(result, answers));
  };
};
