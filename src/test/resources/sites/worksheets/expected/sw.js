var VERSION = "b8cc4d7671ba8529";
var PRECACHE = ["404.html","assets/book.css","assets/calendar.js","assets/favicon.svg","assets/icon-192.png","assets/icon-512.png","assets/packet.css","assets/packet.js","assets/progress.js","assets/qrcode.js","assets/result-score.js","assets/search-index.js","assets/search.js","assets/search/d0.js","assets/search/d1.js","assets/search/t0.js","assets/share.css","assets/share.js","assets/site.css","assets/site.js","assets/theme.js","assets/type-computed-date.js","assets/type-computed-number.js","assets/type-date.js","assets/type-month.js","assets/type-number.js","assets/type-table.js","assets/type-time.js","assets/worksheet.js","index.html","manifest.webmanifest","print.html","robots.txt","sitemap.xml","worksheets/all-fields.html","worksheets/both.html","worksheets/both.sheets.js","worksheets/second.html"];
/* The handbook offline. Served over http(s), the site's pages register this worker (site.js); it
   keeps the site's own files on the reader's device and nothing else: only GET requests inside
   the site's folder on its own host, and only complete answers. It asks the network first, so
   that a reader who is online always sees the newest page; offline she gets the copy kept last.
   The build writes VERSION and PRECACHE above this text: VERSION changes with any file of the
   site, so a changed site installs the worker again, which fetches PRECACHE anew and drops the
   old copies. Nothing here runs from file://, where service workers do not exist. */
'use strict';

var CACHE = 'keeptrack-' + VERSION;

function isOurs(request) {
  return request.method === 'GET' && request.url.indexOf(self.registration.scope) === 0;
}

/* The one address a file is kept under: without its fragment, which may carry a partner's shared
   answers (#share=…) and must never be stored on the device, and without its query, which a
   static site ignores (one copy per page, not one per ?variant). */
function keyOf(url) {
  var address = new URL(url);
  address.hash = '';
  address.search = '';
  return address.href;
}

/* Each file on its own, past the browser's HTTP cache (a host's max-age would otherwise hand the
   new worker the old pages). A file the host answers it does not have is skipped, and the others
   are kept. A network that fails or a server in trouble fails the install instead: the worker
   before this one, with its whole copy of the site, then stays, and the install is tried again on
   a later visit. */
function keep(cache, path) {
  var url = new URL(path, self.registration.scope).href;
  return fetch(new Request(url, { cache: 'reload' }))
    .then(function (response) {
      if (response.ok) {
        return cache.put(keyOf(url), response);
      }
      if (response.status >= 500) {
        throw new Error(response.status + ' for ' + url);
      }
    });
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE)
      .then(function (cache) {
        return Promise.all(PRECACHE.map(function (path) { return keep(cache, path); }));
      })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names
          .filter(function (name) { return name.indexOf('keeptrack-') === 0 && name !== CACHE; })
          .map(function (name) { return caches.delete(name); }));
      })
      .then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (!isOurs(request)) {
    return; /* not the site's: the browser fetches it as if there were no worker */
  }
  var key = keyOf(request.url);
  event.respondWith(
    fetch(request).then(
      function (response) {
        /* Kept beside the answer, not before it; a stream (the preview's events) is never kept. */
        var type = response.headers.get('Content-Type') || '';
        if (response.ok && response.type === 'basic' && type.indexOf('text/event-stream') < 0) {
          var copy = response.clone();
          event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(key, copy); }));
        }
        return response;
      },
      function (offline) {
        return caches.open(CACHE)
          .then(function (cache) {
            /* A folder's address is its index.html, as static hosts serve it. */
            return cache.match(key).then(function (kept) {
              return kept || (/\/$/.test(key) ? cache.match(key + 'index.html') : undefined);
            });
          })
          .then(function (kept) {
            if (kept) {
              return kept;
            }
            if (request.mode === 'navigate') {
              return notFound().then(function (page) {
                if (page) {
                  return page;
                }
                throw offline;
              });
            }
            throw offline;
          });
      }));
});

/* The site's own not-found page, for an address the device does not keep, as the host would answer
   it online (status 404). Hosts serve it at the missing address, so its links are relative to the
   site's root: its <base> is this worker's scope, the root the site is served from. */
function notFound() {
  return caches.open(CACHE)
    .then(function (cache) { return cache.match(keyOf(new URL('404.html', self.registration.scope).href)); })
    .then(function (page) {
      if (!page) {
        return undefined;
      }
      return page.text().then(function (html) {
        html = html.replace(/<base [^>]*>/, '')
          .replace('<head>', '<head><base href="' + self.registration.scope + '">');
        return new Response(html, {
          status: 404,
          statusText: 'Not Found',
          headers: { 'Content-Type': 'text/html; charset=utf-8' }
        });
      });
    });
}
