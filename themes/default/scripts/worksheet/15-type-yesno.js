/* yesno: yes or no, also in a table cell; {{id}} is true for yes, {{id_text}} the answer in
   words.
   Provides: its kind, KINDS['yesno']. Uses: kind (12-kinds); display (30-results). */
kind('yesno', {
  display: function (field, value) {
    return value === 'yes' ? T.yes : T.no;
  },
  names: function (view, field, value) {
    view[field.id] = value === 'yes';
    view[field.id + '_text'] = display(field, value);
  }
});
