// handbook: a checklist to tick on screen. Ticks and notes stay in this browser (localStorage),
// keyed by checklist and item id, so they survive reloads and reordering of the content; items
// that are no longer in the checklist are dropped. Without JavaScript the boxes still tick.
// Runs after site.js (window.handbook).
(function () {
  'use strict';
  const { el, all } = window.handbook;
  const article = document.querySelector('article.checklist');
  if (!article) {
    return;
  }
  const key = 'handbook:' + article.getAttribute('data-site') + ':checklist:' + article.getAttribute('data-checklist');
  const tools = article.querySelector('.checklist-tools');
  const progress = tools.querySelector('.checklist-progress');
  const status = tools.querySelector('.checklist-status');
  const area = tools.querySelector('.checklist-text');
  const items = all('.checklist-item[data-item]', article);
  let state = load();

  function load() {
    let saved = {};
    try {
      saved = JSON.parse(localStorage.getItem(key) || '{}').items || {};
    } catch {
      saved = {};
    }
    const kept = {};
    items.forEach((li) => {
      const itemId = li.getAttribute('data-item');
      if (saved[itemId]) {
        kept[itemId] = saved[itemId];
      }
    });
    return kept;
  }

  function save() {
    try {
      localStorage.setItem(key, JSON.stringify({ version: 1, items: state }));
    } catch {
      // private mode: ticks last this visit
    }
  }

  function text(li) {
    return window.handbook.text(li.querySelector('.item-text'), '.required-mark');
  }

  function itemState(li) {
    return state[li.getAttribute('data-item')] || {};
  }

  function update() {
    let done = 0;
    let required = 0;
    let requiredDone = 0;
    items.forEach((li) => {
      const s = itemState(li);
      const isRequired = li.classList.contains('required');
      if (isRequired) {
        required++;
      }
      if (s.done) {
        done++;
        if (isRequired) {
          requiredDone++;
        }
      }
      li.classList.toggle('done', !!s.done);
      li.querySelector('.note-print').textContent = s.note ? 'Note: ' + s.note : '';
    });
    progress.textContent = done + ' of ' + items.length + ' ticked; ' + requiredDone + ' of ' + required + ' required.';
    area.value = markdown();
  }

  function markdown() {
    const lines = ['# ' + article.getAttribute('data-title'), '',
      'Checked on ' + window.handbook.today() + ' from ' + window.handbook.pageUrl()];
    all('.checklist-section', article).forEach((section) => {
      lines.push('', '## ' + section.querySelector('.checklist-section-title').textContent.trim(), '');
      all('.checklist-item', section).forEach((li) => {
        const s = itemState(li);
        const required = li.classList.contains('required') ? ' **(required)**' : '';
        lines.push('- [' + (s.done ? 'x' : ' ') + '] ' + text(li) + required);
        if (s.note) {
          lines.push('  - Note: ' + s.note.replace(/\s+/g, ' '));
        }
      });
    });
    return lines.join('\n') + '\n';
  }

  function edit(itemId, change) {
    change(state[itemId] || (state[itemId] = {}));
    save();
    update();
  }

  items.forEach((li) => {
    const itemId = li.getAttribute('data-item');
    const box = li.querySelector('.item-check');
    const s = state[itemId] || {};
    box.checked = !!s.done;
    box.addEventListener('change', () => edit(itemId, (cur) => {
      cur.done = box.checked;
    }));
    const note = el('details', 'item-note');
    note.appendChild(el('summary', null, 'Note'));
    const input = el('textarea', 'note-input');
    input.rows = 2;
    input.setAttribute('aria-label', 'Note on: ' + text(li));
    input.value = s.note || '';
    if (s.note) {
      note.open = true;
    }
    input.addEventListener('input', () => edit(itemId, (cur) => {
      cur.note = input.value;
    }));
    note.appendChild(input);
    li.querySelector('.item-body').appendChild(note);
    li.querySelector('.item-body').appendChild(el('p', 'note-print'));
  });

  tools.addEventListener('click', (e) => {
    const action = e.target.getAttribute && e.target.getAttribute('data-action');
    if (action === 'copy') {
      window.handbook.copy(markdown(), area, status, 'Checklist copied as Markdown.');
    } else if (action === 'print-filled') {
      window.handbook.print('filled');
    } else if (action === 'print-blank') {
      window.handbook.print('blank');
    } else if (action === 'reset') {
      if (!window.confirm('Clear every tick and note of this checklist in this browser?')) {
        return;
      }
      state = {};
      save();
      items.forEach((li) => {
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
