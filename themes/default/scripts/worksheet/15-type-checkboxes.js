/* checkboxes: any of its options, ticked: a list of their values.
   Provides: its kind, KINDS['checkboxes']. Uses: optionValues, list (10-state); kind (12-kinds);
   labelOf (30-results). */
kind('checkboxes', {
  read: function (field, element) {
    return Array.from(element.querySelectorAll('input:checked'), function (input) { return input.value; });
  },
  write: function (field, element, value, set, tick) {
    element.querySelectorAll('input').forEach(function (input) {
      tick(input, list(value).indexOf(input.value) >= 0);
    });
  },
  keep: function (field, value, refuse) {
    var kept = optionValues(field).filter(function (v) { return list(value).indexOf(v) >= 0; });
    if (!Array.isArray(value) || value.length !== kept.length) {
      refuse();
    }
    return kept;
  },
  display: function (field, value) {
    return value.map(function (v) { return labelOf(field, v); }).join(T.list_separator);
  }
});
