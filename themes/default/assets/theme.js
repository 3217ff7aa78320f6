/* Runs in <head>, before the page is painted: applies the reader's chosen colour theme (kept on
   this device only) so that the page never flashes in the other one. */
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = window.localStorage.getItem('keeptrack:theme');
    if (theme === 'light' || theme === 'dark') {
      root.setAttribute('data-theme', theme);
    }
  } catch (error) {
    /* storage unavailable: follow the system setting */
  }
})();
