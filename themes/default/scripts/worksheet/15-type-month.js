/* month: a month of a year, written in the site's language.
   Provides: its kind, KINDS['month']. Uses: dateText (10-state); kind (12-kinds). */
kind('month', {
  display: function (field, value) {
    var parts = value.split('-');
    return dateText(T.month, Number(parts[0]), Number(parts[1]));
  }
});
