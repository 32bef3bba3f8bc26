// handbook: progressive enhancement only. Every page works without the site's scripts.
//
// This file defines window.handbook, the one global of the site's scripts, with the helpers they
// share. They are classic scripts (modules do not load from file://), run in this order
// (SiteRenderer.scripts), each adding to the namespace or using what the ones before it added:
//   site.js           handbook.root, el, text, all, today, pageUrl, copy, print, centre, debounce
//   search-rank.js    handbook.rank: the ranking half of search
//   search-engine.js  handbook.search: the engine; the exported search files call it
//   search-ui.js      the search box on every page and the search page
//   walk.js           flowchart pages: the walk
//   checklist.js      checklist pages: ticking
(function () {
  'use strict';
  let lastPointer = 'mouse';
  document.documentElement.classList.add('js');

  const handbook = window.handbook = {
    /** The way from this page to the site's root folder ('', '../', ...): every link is relative. */
    root: document.documentElement.getAttribute('data-root') || ''
  };

  /** A new element with a class and text (never HTML). */
  handbook.el = function (tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  };

  /** The elements a selector finds, as an array, in the document or under `within`. */
  /**
   * The words of an element as a reader sees them, without the tooltips inside it (a named value's
   * note) or the marks that match skip: what the walk and checklists copy into records.
   */
  handbook.text = function (node, skip) {
    const copy = node.cloneNode(true);
    copy.querySelectorAll('.tip' + (skip ? ', ' + skip : '')).forEach((t) => t.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  };

  handbook.all = function (selector, within) {
    return Array.from((within || document).querySelectorAll(selector));
  };

  /** Today's date as YYYY-MM-DD in the reader's time zone, for decision records and ticked checklists. */
  handbook.today = function () {
    const d = new Date();
    const two = (n) => (n < 10 ? '0' : '') + n;
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  };

  /** This page's address without its #fragment. */
  handbook.pageUrl = function () {
    return location.href.replace(/#.*$/, '');
  };

  /**
   * Copies text to the clipboard and says so in `status`. Where the browser refuses (pages
   * opened from disk), the text is put in `area`, selected for Ctrl+C, and the details
   * element around it opened.
   */
  handbook.copy = function (text, area, status, copied) {
    function fallback() {
      area.value = text;
      const details = area.closest('details');
      if (details) {
        details.open = true;
      }
      area.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      status.textContent = ok ? copied : 'Copying is blocked here: the text is selected below; press Ctrl+C.';
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => {
        status.textContent = copied;
      }, fallback);
    } else {
      fallback();
    }
  };

  // the print stylesheet shows a part of the page by a class on <body>: print-record, print-blank, ...
  let printing = null;
  /** Prints the page in a mode (a body class 'print-' + mode, taken off after printing). */
  handbook.print = function (mode) {
    printing = 'print-' + mode;
    document.body.classList.add(printing);
    window.print();
  };
  window.addEventListener('afterprint', () => {
    if (printing) {
      document.body.classList.remove(printing);
    }
    printing = null;
  });

  /** Scrolls `scroller` sideways so that `node` is in the middle of it. */
  handbook.centre = function (scroller, node) {
    const box = node.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    scroller.scrollLeft += (box.left + box.width / 2) - (frame.left + frame.width / 2);
  };

  /** A function that calls `fn` once calls to it have paused for `ms` milliseconds. */
  handbook.debounce = function (fn, ms) {
    let timer = null;
    return function (...args) {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  };

  // keep a tooltip inside the viewport: flip it to the left edge when it would overflow
  function place(term) {
    const tip = term.querySelector('.tip');
    if (!tip) {
      return;
    }
    tip.classList.remove('tip-left');
    const r = tip.getBoundingClientRect();
    if (r.right > document.documentElement.clientWidth - 8) {
      tip.classList.add('tip-left');
    }
  }

  function closeAll(except) {
    handbook.all('.term.open').forEach((t) => {
      if (t !== except) {
        t.classList.remove('open');
      }
    });
  }

  document.addEventListener('pointerdown', (e) => {
    lastPointer = e.pointerType || 'mouse';
  }, true);

  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') {
      return;
    }
    handbook.all('.term.open, .term:hover, .term:focus-within').forEach((t) => {
      t.classList.remove('open');
      t.classList.add('dismissed');
    });
  });

  document.addEventListener('focusin', (e) => {
    const t = e.target.closest && e.target.closest('.term');
    if (t) {
      t.classList.remove('dismissed');
      place(t);
    }
  });

  document.addEventListener('mouseover', (e) => {
    const t = e.target.closest && e.target.closest('.term');
    if (t && !t.contains(e.relatedTarget)) {
      t.classList.remove('dismissed');
      place(t);
    }
  });

  // on touch screens the first tap on a term shows its definition; the second follows the link
  document.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('.term-link');
    if (!link) {
      closeAll(null);
      return;
    }
    const term = link.parentElement;
    if (lastPointer === 'touch' && !term.classList.contains('open')) {
      e.preventDefault();
      closeAll(term);
      term.classList.remove('dismissed');
      term.classList.add('open');
      place(term);
    }
  });

  // a flowchart embedded in a chapter starts scrolled to its first question, not its left edge
  handbook.all('.embed .diagram-scroll').forEach((box) => {
    const first = box.querySelector('.fc-node');
    if (first) {
      handbook.centre(box, first);
    }
  });
})();
