/* number: a number, between field.min and field.max and on field.step (counted from min, or
   from 0) when the sheet says so, as the box's attributes say too; a sentence, a table cell and
   the printout show it with its field.unit (円, 時間). A number the question refuses is kept
   nowhere; the browser marks the box invalid by its attributes. A script of its own (12-kinds.js).
   Provides: keeptrack.kinds.number. Uses: of the sheet's functions (w, 12-kinds): keepsRule. */
((window.keeptrack = window.keeptrack || {}).kinds = window.keeptrack.kinds || {}).number = function (w) {
  return {
    accepts: function (field, value) {
      var number = Number(value);
      var steps = (number - (field.min || 0)) / field.step;
      return w.keepsRule(field, value) && !(number < field.min) && !(number > field.max) &&
        (!field.step || Math.abs(steps - Math.round(steps)) < 1e-9);
    },
    display: function (field, value) {
      return value + (field.unit || '');
    }
  };
};
