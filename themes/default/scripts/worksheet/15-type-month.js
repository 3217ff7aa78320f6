/* month: a month of a year, written in the site's language. */
kind('month', {
  display: function (field, value) {
    var parts = value.split('-');
    return dateText(T.month, Number(parts[0]), Number(parts[1]));
  }
});
