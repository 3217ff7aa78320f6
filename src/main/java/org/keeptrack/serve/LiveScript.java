package org.keeptrack.serve;

/**
 * The script the preview adds to every page it serves: it reloads the page after a successful
 * rebuild and shows the problems of a failed one over the page, until they are fixed.
 */
final class LiveScript {

  private LiveScript() {}

  static final String SOURCE =
      """
      (function () {
        'use strict';
        var overlay = null;
        function hide() { if (overlay) { overlay.remove(); overlay = null; } }
        function show(problems) {
          hide();
          overlay = document.createElement('div');
          overlay.id = 'keeptrack-problems';
          overlay.setAttribute('role', 'alert');
          var s = overlay.style;
          s.position = 'fixed'; s.inset = '0'; s.zIndex = '2147483647'; s.overflow = 'auto';
          s.background = 'rgb(20,20,20)'; s.color = '#fff'; s.padding = '1.5rem';
          s.font = '14px/1.6 ui-monospace, monospace';
          var title = document.createElement('p');
          title.textContent = 'ビルドできませんでした（直すと自動で消えます） / The build failed (fix it and this goes away)';
          title.style.fontWeight = 'bold';
          overlay.append(title);
          problems.forEach(function (p) {
            var item = document.createElement('pre');
            item.style.whiteSpace = 'pre-wrap';
            item.style.borderTop = '1px solid #666';
            item.style.paddingTop = '0.75rem';
            item.textContent = p.location + ': ' + p.message + (p.hint ? '\\n  ' + p.hint : '')
              + (p.source ? '\\n\\n  ' + p.source + '\\n  ' + p.caret : '');
            overlay.append(item);
          });
          document.body.append(overlay);
        }
        var events = new EventSource('/__keeptrack/events');
        // Says on the page when it listens, so that a test can wait for it instead of guessing.
        events.onopen = function () { document.documentElement.setAttribute('data-keeptrack-live', ''); };
        // The page this is, as a path in the site: '/' and '/folder/' serve their index.html.
        var here = decodeURIComponent(location.pathname.slice(1)).replace(/(^|\\/)$/, '$1index.html');
        function concerns(path) {
          // Another page changing does not concern this one; a stylesheet, script or image may.
          // (The search index is written after the reload event and never announced.)
          return path === here || !/\\.html$/.test(path);
        }
        events.addEventListener('reload', function (e) {
          if (overlay || JSON.parse(e.data).changed.some(concerns)) { location.reload(); }
        });
        events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
      })();
      """;

  /**
   * The page with the script added and the policy widened to let it connect back to the preview;
   * the published site keeps {@code connect-src 'none'}.
   */
  static String inject(String html) {
    String widened = html.replace("connect-src 'none'", "connect-src 'self'");
    String tag = "<script src=\"" + PreviewServer.SCRIPT + "\"></script>\n";
    int end = widened.lastIndexOf("</body>");
    return end < 0 ? widened + tag : widened.substring(0, end) + tag + widened.substring(end);
  }
}
