/*
 * A page that shows several worksheets to print them together (template packet.ftlh): its print
 * buttons name the kind of printout, as a sheet's own buttons do; worksheet.js, run once for each
 * sheet, prepares every sheet as printing starts.
 */
(function () {
  'use strict';
  document.querySelectorAll('[data-packet-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      document.documentElement.classList.add('ws-print-' + button.getAttribute('data-packet-print'));
      window.print();
    });
  });
})();
