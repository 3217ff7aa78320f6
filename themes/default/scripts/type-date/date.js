/* date: a day, written in the site's language. A script of its own, loaded before worksheet.js by
   the pages whose sheets have such a question (see 12-kinds.js).
   Provides: keeptrack.kinds.date. Uses: of the sheet's functions (w, 12-kinds): dateText. */
((window.keeptrack = window.keeptrack || {}).kinds = window.keeptrack.kinds || {}).date = function (w) {
  return {
    display: function (field, value) {
      var parts = value.split('-');
      return w.dateText(T.date, Number(parts[0]), Number(parts[1]), Number(parts[2]));
    }
  };
};
