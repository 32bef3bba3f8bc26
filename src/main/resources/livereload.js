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
})();
