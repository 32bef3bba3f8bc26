// handbook serve: reloads the page after a rebuild and shows build problems. Dev server only.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  const source = new EventSource('/__livereload');
  source.addEventListener('reload', () => window.location.reload());
  source.addEventListener('problems', (e) => {
    let box = document.querySelector('.build-problems');
    if (!box) {
      box = document.createElement('pre');
      box.className = 'build-problems';
      box.setAttribute('role', 'alert');
      document.body.appendChild(box);
    }
    box.textContent = 'Build failed; this page shows the last good build.\n\n' + e.data;
  });
  // A browser opens six connections to a host at most. A page it keeps for "back" would hold its
  // stream open, and with six held, no page of the dev server (and no reload) loads until one closes.
  window.addEventListener('pagehide', () => source.close());
  // Back to a kept page: it closed its stream and may show an older build, so it loads again.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) {
      window.location.reload();
    }
  });
})();
