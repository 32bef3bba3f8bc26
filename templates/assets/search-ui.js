// handbook: the search box on every page (a combobox with a listbox of results as you type) and
// the full results page at search/. Without JavaScript the box submits to search/, which says
// how to find things without it.
(function () {
  'use strict';
  var engine = window.hbSearch;
  if (!engine) return;
  var LABELS = { chapter: 'Chapter', playbook: 'Playbook', technique: 'Technique', term: 'Glossary', checklist: 'Checklist', flowchart: 'Flowchart' };
  var PLURALS = { chapter: 'Chapters', playbook: 'Playbooks', technique: 'Techniques', term: 'Glossary', checklist: 'Checklists', flowchart: 'Flowcharts' };
  var WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

  var el = window.hbEl;

  function matches(token, found) {
    var t = token.toLowerCase();
    if (found.words[t]) return true;
    return found.stems.some(function (s) { return s.length >= 3 && t.indexOf(s) === 0; });
  }

  // text with the matched words wrapped in <mark>, built as nodes (never as HTML)
  function highlighted(text, found) {
    var span = el('span');
    var last = 0;
    text.replace(WORD, function (token, at) {
      if (matches(token, found)) {
        span.appendChild(document.createTextNode(text.slice(last, at)));
        span.appendChild(el('mark', null, token));
        last = at + token.length;
      }
      return token;
    });
    span.appendChild(document.createTextNode(text.slice(last)));
    return span;
  }

  // about 180 characters of the text around its first matched word
  function excerpt(text, found) {
    var first = -1;
    text.replace(WORD, function (token, at) {
      if (first < 0 && matches(token, found)) first = at;
      return token;
    });
    if (first < 0 || first < 80) return text.length > 200 ? text.slice(0, text.lastIndexOf(' ', 200)) + ' …' : text;
    var start = text.indexOf(' ', first - 70) + 1;
    var cut = text.slice(start, start + 200);
    return '… ' + (start + 200 < text.length ? cut.slice(0, cut.lastIndexOf(' ')) + ' …' : cut);
  }

  function resultBody(r, found) {
    var box = el('span', 'result');
    var title = el('span', 'result-title');
    title.appendChild(highlighted(r.title, found));
    box.appendChild(title);
    box.appendChild(el('span', 'result-context', !r.context || LABELS[r.type] === r.context ? LABELS[r.type] : LABELS[r.type] + ' · ' + r.context));
    var ex = el('span', 'result-excerpt');
    ex.appendChild(highlighted(excerpt(r.text, found), found));
    box.appendChild(ex);
    return box;
  }

  function notes(found, query) {
    var p = el('p', 'search-note');
    if (found.corrections.length) {
      p.appendChild(document.createTextNode('Showing results for '));
      found.corrections.forEach(function (c, i) {
        if (i) p.appendChild(document.createTextNode(', '));
        p.appendChild(el('strong', null, c.corrected));
      });
      p.appendChild(document.createTextNode(' (you typed ' + found.corrections.map(function (c) { return c.word; }).join(', ') + ').'));
    } else if (!found.results.length && query.trim()) {
      p.appendChild(document.createTextNode('Nothing in the handbook matches “' + query.trim() + '”. Try fewer words, another word for the same thing, or browse the '));
      var a = el('a', null, 'glossary');
      a.href = (document.documentElement.getAttribute('data-root') || '') + 'glossary/index.html';
      p.appendChild(a);
      p.appendChild(document.createTextNode('.'));
    } else {
      return null;
    }
    return p;
  }

  function searchPage(q) {
    return (document.documentElement.getAttribute('data-root') || '') + 'search/index.html' + (q ? '?q=' + encodeURIComponent(q) : '');
  }

  // ---- the box on every page -------------------------------------------------------------
  var form = document.querySelector('.site-search');
  var input = form && form.querySelector('#site-search-input');
  var list = form && form.querySelector('.search-results');
  var status = form && form.querySelector('.search-status');
  var active = -1;
  var shown = [];
  var seq = 0;
  var timer = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function select(i) {
    var options = list.querySelectorAll('[role=option]');
    if (!options.length) return;
    active = (i + options.length) % options.length;
    Array.prototype.forEach.call(options, function (o, k) { o.setAttribute('aria-selected', String(k === active)); });
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function go(i) {
    var o = list.querySelectorAll('[role=option]')[i];
    if (o) location.href = o.getAttribute('data-href');
  }

  function showBox(query) {
    var mine = ++seq;
    if (!query.trim()) { close(); list.textContent = ''; return; }
    engine.search(query, { limit: 7 }).then(function (found) {
      if (mine !== seq) return;
      list.textContent = '';
      shown = found.results;
      var note = notes(found, query);
      if (note) { var li = el('li', 'search-note-row'); li.setAttribute('role', 'presentation'); li.appendChild(note); list.appendChild(li); }
      found.results.forEach(function (r, i) {
        var o = el('li', 'search-option');
        o.id = 'search-option-' + i;
        o.setAttribute('role', 'option');
        o.setAttribute('aria-selected', 'false');
        o.setAttribute('data-href', r.url);
        o.appendChild(resultBody(r, found));
        o.addEventListener('mousedown', function (e) { e.preventDefault(); });
        o.addEventListener('click', function () { location.href = r.url; });
        list.appendChild(o);
      });
      var all = el('li', 'search-option search-all');
      all.id = 'search-option-all';
      all.setAttribute('role', 'option');
      all.setAttribute('aria-selected', 'false');
      all.setAttribute('data-href', searchPage(query));
      all.textContent = found.results.length ? 'All results for “' + query.trim() + '”' : 'Open the search page';
      all.addEventListener('mousedown', function (e) { e.preventDefault(); });
      all.addEventListener('click', function () { location.href = searchPage(query); });
      list.appendChild(all);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
      input.removeAttribute('aria-activedescendant');
      status.textContent = found.results.length ? found.results.length + (found.results.length === 7 ? ' or more' : '') + ' results. Use the arrow keys to choose one.' : 'No results.';
    });
  }

  if (input) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value;
      timer = setTimeout(function () { showBox(q); }, 40);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) showBox(input.value); else select(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); select(active - 1); }
      else if (e.key === 'Enter') {
        e.preventDefault();
        if (active >= 0) go(active);
        else if (input.value.trim()) location.href = searchPage(input.value);
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; input.blur(); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('focus', function () { if (input.value.trim()) showBox(input.value); });
    document.addEventListener('keydown', function (e) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        var page = document.querySelector('#search-page-input');
        (page || input).focus();
        (page || input).select();
      }
    });
  }

  // ---- the results page --------------------------------------------------------------------
  var page = document.querySelector('.search-page');
  if (!page) return;
  var pageInput = page.querySelector('#search-page-input');
  var filters = page.querySelector('.search-filters');
  var results = page.querySelector('.search-page-results');
  var pageStatus = page.querySelector('.search-page-status');
  var state = { q: '', type: '' };
  var pageSeq = 0;

  function readUrl() {
    var params = new URLSearchParams(location.search);
    state.q = params.get('q') || '';
    state.type = params.get('type') || '';
    pageInput.value = state.q;
  }

  function url() {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.type) params.set('type', state.type);
    var s = params.toString();
    return location.pathname + (s ? '?' + s : '');
  }

  function remember(push) {
    try {
      history[push ? 'pushState' : 'replaceState'](null, '', url());
    } catch (e) {
      // some browsers refuse history changes on file:// pages; the page still works, unshared
    }
  }

  function filterButton(type, label, count) {
    var b = el('button', 'button filter', label + ' ' + count);
    b.type = 'button';
    b.setAttribute('aria-pressed', String(state.type === type));
    b.addEventListener('click', function () { state.type = type; remember(true); render(); });
    return b;
  }

  function render() {
    var mine = ++pageSeq;
    document.title = (state.q ? state.q + ' · ' : '') + 'Search · ' + document.title.replace(/^.*Search · /, '');
    if (!state.q.trim()) {
      results.textContent = '';
      filters.textContent = '';
      pageStatus.textContent = 'Type a word or a question. Quotes find a phrase: "regression wall".';
      return;
    }
    engine.search(state.q, { limit: 50, all: true, type: state.type || undefined }).then(function (found) {
      if (mine !== pageSeq) return;
      var total = 0;
      Object.keys(found.counts).forEach(function (t) { total += found.counts[t]; });
      // the counts are of every match, whichever filter is on
      var countsPromise = state.type ? engine.search(state.q, { limit: 1, all: true, records: false }) : Promise.resolve(found);
      countsPromise.then(function (everything) {
        if (mine !== pageSeq) return;
        filters.textContent = '';
        var all = 0;
        Object.keys(everything.counts).forEach(function (t) { all += everything.counts[t]; });
        filters.appendChild(filterButton('', 'All', all));
        Object.keys(PLURALS).forEach(function (t) {
          if (everything.counts[t]) filters.appendChild(filterButton(t, PLURALS[t], everything.counts[t]));
        });
      });
      results.textContent = '';
      var note = notes(found, state.q);
      if (note) results.appendChild(note);
      var ol = el('ol', 'search-list');
      found.results.forEach(function (r) {
        var li = el('li');
        var a = el('a', 'search-hit');
        a.href = r.url;
        a.appendChild(resultBody(r, found));
        li.appendChild(a);
        ol.appendChild(li);
      });
      results.appendChild(ol);
      pageStatus.textContent = total === 0 ? 'No results.' : total + (total === 1 ? ' result' : ' results') +
        (total > found.results.length ? ', the best ' + found.results.length + ' shown' : '') + '.';
    });
  }

  var pageTimer = null;
  pageInput.addEventListener('input', function () {
    clearTimeout(pageTimer);
    pageTimer = setTimeout(function () { state.q = pageInput.value; remember(false); render(); }, 60);
  });
  page.querySelector('form').addEventListener('submit', function (e) {
    e.preventDefault();
    state.q = pageInput.value;
    remember(true);
    render();
  });
  window.addEventListener('popstate', function () { readUrl(); render(); });
  readUrl();
  render();
  if (!state.q) pageInput.focus();
})();
