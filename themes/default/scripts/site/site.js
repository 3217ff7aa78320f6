/*
 * keeptrack: the menu on small screens, the light/dark toggle, and the search box. A classic
 * script, so that it also works when the site is opened from disk. The search (search.js) and its
 * index (search-index.js) are scripts too, added the first time the box gets focus: pages stay
 * light, and nothing is fetched.
 *
 * Provides and uses nothing global: it adds search-index.js and search.js to the page.
 */
(function () {
  'use strict';

  var root = document.body.getAttribute('data-root') || '';

  /*
   * Offline reading: served over http(s), the site's service worker (sw.js, made by the build)
   * keeps the site's own files on this device. Opened from disk nothing changes, and where there is
   * no worker (the live preview) the attempt fails quietly.
   */
  if ('serviceWorker' in navigator && /^https?:$/.test(window.location.protocol)) {
    navigator.serviceWorker.register(root + 'sw.js').catch(function () {});
  }

  /* ---------- the page being read, in the navigation ---------- */

  /*
   * The navigation is rendered once for many pages (see the theme README), so the link to this
   * page is marked here. A page served at a folder address is that folder's index.html.
   */
  var nav = document.getElementById('site-nav');
  var here = function (url) {
    var address = url.split('#')[0].split('?')[0];
    return /\/$/.test(address) ? address + 'index.html' : address;
  };
  if (nav) {
    Array.prototype.forEach.call(nav.querySelectorAll('li > a[href]'), function (link) {
      if (here(link.href) === here(window.location.href) && !link.parentNode.classList.contains('nav-section')) {
        link.setAttribute('aria-current', 'page');
        link.parentNode.classList.add('current');
      }
    });
  }

  /* ---------- menu ---------- */

  var menu = document.querySelector('[data-menu-toggle]');
  if (menu && nav) {
    menu.setAttribute('role', 'button');
    menu.setAttribute('aria-expanded', 'false');
    menu.addEventListener('click', function (event) {
      event.preventDefault();
      var open = !document.body.classList.contains('nav-open');
      document.body.classList.toggle('nav-open', open);
      menu.setAttribute('aria-expanded', String(open));
      if (open) {
        var first = nav.querySelector('a');
        if (first) {
          first.focus();
        }
      }
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === ' ') {
        event.preventDefault();
        menu.click();
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && document.body.classList.contains('nav-open')) {
        document.body.classList.remove('nav-open');
        menu.setAttribute('aria-expanded', 'false');
        menu.focus();
      }
    });
  }

  /* ---------- colour theme ---------- */

  var toggle = document.querySelector('[data-theme-toggle]');
  if (toggle) {
    var html = document.documentElement;
    var systemDark = window.matchMedia('(prefers-color-scheme: dark)');
    var current = function () {
      return html.getAttribute('data-theme') || (systemDark.matches ? 'dark' : 'light');
    };
    var label = function () {
      var dark = current() === 'dark';
      toggle.querySelector('[data-theme-label]').textContent = dark ? T.dark : T.light;
      /* The name starts with what the button shows, so that saying what one sees presses it. */
      toggle.setAttribute('aria-label', dark ? T.to_light : T.to_dark);
    };
    toggle.hidden = false;
    label();
    toggle.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      try {
        window.localStorage.setItem('keeptrack:theme', next);
      } catch (error) {
        /* the choice lasts for this page only */
      }
      label();
    });
  }

  /* ---------- search: the box is wired here, the search itself loads on first use ---------- */

  var box = document.querySelector('[data-search]');
  if (!box) {
    return;
  }
  var input = box.querySelector('input');
  box.hidden = false;

  function loadSearch() {
    if (document.querySelector('script[data-search-script]')) {
      return;
    }
    var index = document.createElement('script');
    index.src = root + 'assets/search-index.js';
    var script = document.createElement('script');
    script.src = root + 'assets/search.js';
    script.setAttribute('data-search-script', '');
    index.onload = function () { document.head.appendChild(script); };
    document.head.appendChild(index);
  }

  input.addEventListener('focus', loadSearch);
  document.addEventListener('keydown', function (event) {
    var typing = /^(input|textarea|select)$/i.test(event.target.tagName) || event.target.isContentEditable;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
    }
  });
})();
