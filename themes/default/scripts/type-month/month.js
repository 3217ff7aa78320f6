/* month: a month of a year, written in the site's language. A script of its own (12-kinds.js).
   Provides: keeptrack.kinds.month. Uses: of the sheet's functions (w, 12-kinds): dateText. */
((window.keeptrack = window.keeptrack || {}).kinds = window.keeptrack.kinds || {}).month = function (w) {
  return {
    display: function (field, value) {
      var parts = value.split('-');
      return w.dateText(T.month, Number(parts[0]), Number(parts[1]));
    }
  };
};
