/* date: a day, written in the site's language. */
kind('date', {
  display: function (field, value) {
    var parts = value.split('-');
    return dateText(T.date, Number(parts[0]), Number(parts[1]), Number(parts[2]));
  }
});
