/* time: a time of day, written in the site's language (9時, 9時30分). A script of its own
   (12-kinds.js).
   Provides: keeptrack.kinds.time. Uses: of the sheet's functions (w, 12-kinds): fill. */
((window.keeptrack = window.keeptrack || {}).kinds = window.keeptrack.kinds || {}).time = function (w) {
  return {
    display: function (field, value) {
      var time = value.split(':');
      return /^\d{1,2}:\d{2}/.test(value)
        ? w.fill(Number(time[1]) ? T.time : T.time_hour, { h: Number(time[0]), min: Number(time[1]), mm: time[1] })
        : value;
    }
  };
};
