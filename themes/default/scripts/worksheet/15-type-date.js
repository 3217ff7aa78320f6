/* date: a day, written in the site's language.
   Provides: its kind, KINDS['date']. Uses: dateText (10-state); kind (12-kinds). */
kind('date', {
  display: function (field, value) {
    var parts = value.split('-');
    return dateText(T.date, Number(parts[0]), Number(parts[1]), Number(parts[2]));
  }
});
