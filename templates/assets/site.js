// handbook: progressive enhancement only. Every page works without this file.
(function () {
  'use strict';
  var lastPointer = 'mouse';
  document.documentElement.classList.add('js');

  function terms(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  // keep a tooltip inside the viewport: flip it to the left edge when it would overflow
  function place(term) {
    var tip = term.querySelector('.tip');
    if (!tip) return;
    tip.classList.remove('tip-left');
    var r = tip.getBoundingClientRect();
    if (r.right > document.documentElement.clientWidth - 8) tip.classList.add('tip-left');
  }

  function closeAll(except) {
    terms('.term.open').forEach(function (t) { if (t !== except) t.classList.remove('open'); });
  }

  document.addEventListener('pointerdown', function (e) { lastPointer = e.pointerType || 'mouse'; }, true);

  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    terms('.term.open, .term:hover, .term:focus-within').forEach(function (t) {
      t.classList.remove('open');
      t.classList.add('dismissed');
    });
  });

  document.addEventListener('focusin', function (e) {
    var t = e.target.closest && e.target.closest('.term');
    if (t) { t.classList.remove('dismissed'); place(t); }
  });

  document.addEventListener('mouseover', function (e) {
    var t = e.target.closest && e.target.closest('.term');
    if (t && !t.contains(e.relatedTarget)) { t.classList.remove('dismissed'); place(t); }
  });

  // on touch screens the first tap on a term shows its definition; the second follows the link
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('.term-link');
    if (!link) { closeAll(null); return; }
    var term = link.parentElement;
    if (lastPointer === 'touch' && !term.classList.contains('open')) {
      e.preventDefault();
      closeAll(term);
      term.classList.remove('dismissed');
      term.classList.add('open');
      place(term);
    }
  });

  // a new element with a class and text (never HTML), for the scripts that build the walk, checklists and search results
  window.hbEl = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // today's date as YYYY-MM-DD in the reader's time zone, for decision records and ticked checklists
  window.hbToday = function () {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  };

  // copies text to the clipboard; where the browser refuses (pages opened from disk), selects it
  // in the given textarea for Ctrl+C instead. done(true) when copied.
  window.hbCopy = function (text, area, done) {
    function fallback() {
      area.value = text;
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  };

  // a flowchart embedded in a chapter starts scrolled to its first question, not its left edge
  Array.prototype.forEach.call(document.querySelectorAll('.embed .diagram-scroll'), function (box) {
    var first = box.querySelector('.fc-node');
    if (!first) return;
    var r = first.getBoundingClientRect();
    var frame = box.getBoundingClientRect();
    box.scrollLeft += (r.left + r.width / 2) - (frame.left + frame.width / 2);
  });
})();
