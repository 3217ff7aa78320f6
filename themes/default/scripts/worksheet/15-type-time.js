/* time: a time of day, written in the site's language (9時, 9時30分).
   Provides: its kind, KINDS['time']. Uses: fill (10-state); kind (12-kinds). */
kind('time', {
  display: function (field, value) {
    var time = value.split(':');
    return /^\d{1,2}:\d{2}/.test(value)
      ? fill(Number(time[1]) ? T.time : T.time_hour, { h: Number(time[0]), min: Number(time[1]), mm: time[1] })
      : value;
  }
});
