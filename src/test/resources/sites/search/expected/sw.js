var VERSION = "8a1338a38b709833";
var PRECACHE = ["assets/calendar.js","assets/favicon.svg","assets/icon-192.png","assets/icon-512.png","assets/packet.css","assets/packet.js","assets/progress.js","assets/qrcode.js","assets/search-index.js","assets/search.js","assets/search/d0.js","assets/search/t0.js","assets/share.css","assets/share.js","assets/site.css","assets/site.js","assets/theme.js","assets/worksheet.js","care.html","index.html","manifest.webmanifest","print.html","story.html","talk.html","template.html"];
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

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE)
      .then(function (cache) {
        return cache.addAll(PRECACHE.map(function (path) {
          return new URL(path, self.registration.scope).href;
        }));
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
  event.respondWith(
    fetch(request).then(
      function (response) {
        /* Kept beside the answer, not before it; a stream (the preview's events) is never kept. */
        var type = response.headers.get('Content-Type') || '';
        if (response.ok && response.type === 'basic' && type.indexOf('text/event-stream') < 0) {
          var copy = response.clone();
          event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(request, copy); }));
        }
        return response;
      },
      function (offline) {
        return caches.open(CACHE)
          .then(function (cache) {
            /* A folder's address is its index.html, as static hosts serve it. */
            var url = request.url.split('#')[0].split('?')[0];
            return cache.match(request, { ignoreSearch: true }).then(function (kept) {
              return kept || (/\/$/.test(url) ? cache.match(url + 'index.html') : undefined);
            });
          })
          .then(function (kept) {
            if (kept) {
              return kept;
            }
            throw offline;
          });
      }));
});
