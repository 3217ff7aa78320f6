/* checklist: things to do, ticked when done, like checkboxes; it also names what is left,
   {{id_todo}}.
   Provides: its kind, KINDS['checklist']. Uses: list (10-state); KINDS, kind, ONE (12-kinds). */
kind('checklist', {
  names: function (view, field, value) {
    ONE.names(view, field, value);
    view[field.id + '_todo'] = field.options
      .filter(function (o) { return list(value).indexOf(o.value) < 0; })
      .map(function (o) { return o.label; });
  }
}, KINDS.checkboxes);
