/* number: a number, between field.min and field.max and on field.step (counted from min, or
   from 0) when the sheet says so, as the box's attributes say too; a sentence, a table cell and
   the printout show it with its field.unit (円, 時間). A number the question refuses is kept
   nowhere; the browser marks the box invalid by its attributes.
   Provides: its kind, KINDS['number']. Uses: keepsRule (10-state); kind (12-kinds). */
kind('number', {
  accepts: function (field, value) {
    var number = Number(value);
    var steps = (number - (field.min || 0)) / field.step;
    return keepsRule(field, value) && !(number < field.min) && !(number > field.max) &&
      (!field.step || Math.abs(steps - Math.round(steps)) < 1e-9);
  },
  display: function (field, value) {
    return value + (field.unit || '');
  }
});
