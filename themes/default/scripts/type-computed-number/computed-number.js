/* computed-number: not answered, but shown: the answers of the number questions field.sum added
   up, times field.times, rounded to a whole number, with field.unit; nothing until every one of
   them is answered and shown, so that a half sum never reads as a total. A script of its own,
   loaded before worksheet.js by the pages whose sheets have such a question (see 12-kinds.js).
   Provides: keeptrack.kinds['computed-number']. Uses: of the sheet's functions (w, 12-kinds):
   fieldsById, fieldElement, isVisible. */
((window.keeptrack = window.keeptrack || {}).kinds = window.keeptrack.kinds || {})['computed-number'] = function (w) {
  function computedNumber(field, answers) {
    if (!w.isVisible(field, answers)) {
      return null;
    }
    var total = 0;
    for (var i = 0; i < field.sum.length; i++) {
      var added = w.fieldsById[field.sum[i]];
      var value = answers[field.sum[i]];
      if (!added || !w.isVisible(added, answers) || typeof value !== 'string' || !value.trim()) {
        return null;
      }
      total += Number(value);
    }
    var number = Math.round(total * field.times);
    return isFinite(number) ? number : null;
  }

  return {
    answered: false,
    names: function (view, field, value, answers) {
      var number = computedNumber(field, answers);
      view[field.id] = number === null ? '' : number + field.unit;
    },
    render: function (field, answers) {
      var number = computedNumber(field, answers);
      var output = w.fieldElement(field.id).querySelector('output');
      output.textContent = number === null ? output.getAttribute('data-empty') : number + field.unit;
    }
  };
};
