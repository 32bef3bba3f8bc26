// handbook: a checklist to tick on screen. Ticks and notes stay in this browser (localStorage),
// keyed by checklist and item id, so they survive reloads and reordering of the content; items
// that are no longer in the checklist are dropped. Without JavaScript the boxes still tick.
(function () {
  'use strict';
  var article = document.querySelector('article.checklist');
  if (!article) return;
  var id = article.getAttribute('data-checklist');
  var key = 'handbook:' + article.getAttribute('data-site') + ':checklist:' + id;
  var tools = article.querySelector('.checklist-tools');
  var progress = tools.querySelector('.checklist-progress');
  var status = tools.querySelector('.checklist-status');
  var area = tools.querySelector('.checklist-text');
  var items = Array.prototype.slice.call(article.querySelectorAll('.checklist-item[data-item]'));
  var state = load();

  function load() {
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || '{}').items || {}; } catch (e) { saved = {}; }
    var kept = {};
    items.forEach(function (li) {
      var itemId = li.getAttribute('data-item');
      if (saved[itemId]) kept[itemId] = saved[itemId];
    });
    return kept;
  }

  function save() {
    try { localStorage.setItem(key, JSON.stringify({ version: 1, items: state })); } catch (e) { /* private mode: ticks last this visit */ }
  }

  var el = window.hbEl;

  function text(li) {
    return li.querySelector('.item-text').childNodes[0].textContent.trim();
  }

  function update() {
    var done = 0, required = 0, requiredDone = 0;
    items.forEach(function (li) {
      var s = state[li.getAttribute('data-item')] || {};
      var isRequired = li.classList.contains('required');
      if (isRequired) required++;
      if (s.done) { done++; if (isRequired) requiredDone++; }
      li.classList.toggle('done', !!s.done);
      li.querySelector('.note-print').textContent = s.note ? 'Note: ' + s.note : '';
    });
    progress.textContent = done + ' of ' + items.length + ' ticked; ' + requiredDone + ' of ' + required + ' required.';
    area.value = markdown();
  }

  function markdown() {
    var lines = ['# ' + article.getAttribute('data-title'), '',
      'Checked on ' + window.hbToday() + ' from ' + location.href.replace(/#.*$/, '')];
    Array.prototype.forEach.call(article.querySelectorAll('.checklist-section'), function (section) {
      lines.push('', '## ' + section.querySelector('.checklist-section-title').textContent.trim(), '');
      Array.prototype.forEach.call(section.querySelectorAll('.checklist-item'), function (li) {
        var s = state[li.getAttribute('data-item')] || {};
        lines.push('- [' + (s.done ? 'x' : ' ') + '] ' + text(li) + (li.classList.contains('required') ? ' **(required)**' : ''));
        if (s.note) lines.push('  - Note: ' + s.note.replace(/\s+/g, ' '));
      });
    });
    return lines.join('\n') + '\n';
  }

  items.forEach(function (li) {
    var itemId = li.getAttribute('data-item');
    var box = li.querySelector('.item-check');
    var s = state[itemId] || {};
    box.checked = !!s.done;
    box.addEventListener('change', function () {
      var cur = state[itemId] || (state[itemId] = {});
      cur.done = box.checked;
      save();
      update();
    });
    var note = el('details', 'item-note');
    note.appendChild(el('summary', null, 'Note'));
    var input = el('textarea', 'note-input');
    input.rows = 2;
    input.setAttribute('aria-label', 'Note on: ' + text(li));
    input.value = s.note || '';
    if (s.note) note.open = true;
    input.addEventListener('input', function () {
      var cur = state[itemId] || (state[itemId] = {});
      cur.note = input.value;
      save();
      update();
    });
    note.appendChild(input);
    li.querySelector('.item-body').appendChild(note);
    li.querySelector('.item-body').appendChild(el('p', 'note-print'));
  });

  function print(mode) {
    document.body.classList.add('print-' + mode);
    window.print();
  }
  window.addEventListener('afterprint', function () { document.body.classList.remove('print-blank', 'print-filled'); });

  tools.addEventListener('click', function (e) {
    var action = e.target.getAttribute && e.target.getAttribute('data-action');
    if (action === 'copy') {
      window.hbCopy(markdown(), area, function (ok) {
        status.textContent = ok ? 'Checklist copied as Markdown.' : 'Copying is blocked here: the Markdown is selected below; press Ctrl+C.';
        if (!ok) tools.querySelector('.checklist-markdown').open = true;
      });
    } else if (action === 'print-filled') {
      print('filled');
    } else if (action === 'print-blank') {
      print('blank');
    } else if (action === 'reset') {
      if (!window.confirm('Clear every tick and note of this checklist in this browser?')) return;
      state = {};
      save();
      items.forEach(function (li) {
        li.querySelector('.item-check').checked = false;
        li.querySelector('.note-input').value = '';
        li.querySelector('.item-note').open = false;
      });
      update();
      status.textContent = 'Ticks and notes cleared.';
    }
  });

  save(); // writes back without the items the content no longer has
  tools.hidden = false;
  update();
})();
