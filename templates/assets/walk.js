// handbook: the flowchart walk. One question at a time, built from the decision table on the
// page (which is also what readers without JavaScript use). The path lives in the URL hash
// (#walk=2.1 is "second option, then first option"), so it can be shared and Back works.
// Runs after site.js (window.handbook).
(function () {
  'use strict';
  const { el, all, today, pageUrl } = window.handbook;
  const words = window.handbook.text;
  const article = document.querySelector('article.flowchart');
  if (!article) {
    return;
  }
  const walk = article.querySelector('.walk');
  const step = walk.querySelector('.walk-step');
  const trail = walk.querySelector('.walk-trail');
  const status = walk.querySelector('.walk-status');
  const recordBox = article.querySelector('.decision-record');
  const title = article.getAttribute('data-title');
  const start = article.getAttribute('data-start');
  let path = [];

  function row(id) {
    return article.querySelector('.decision-table > li[data-node="' + id + '"]');
  }

  function text(node, selector) {
    const e = node.querySelector(selector);
    return e ? words(e) : '';
  }

  function options(id) {
    return all('.node-options > li', row(id)).map((li) => ({
      label: text(li, '.option-label'),
      next: li.querySelector('a[data-next]').getAttribute('data-next')
    }));
  }

  function isOutcome(id) {
    return row(id).classList.contains('outcome');
  }

  // follows the chosen option numbers from the start; stops at the first that does not fit
  function follow(choices) {
    const steps = [];
    let id = start;
    for (let i = 0; i < choices.length && !isOutcome(id); i++) {
      const opts = options(id);
      const k = choices[i] - 1;
      if (!(k >= 0 && k < opts.length)) {
        break;
      }
      steps.push({ node: id, option: k, question: text(row(id), '.node-title'), answer: opts[k].label });
      id = opts[k].next;
    }
    return { steps: steps, at: id };
  }

  function fromHash() {
    const m = /^#walk=([0-9.]*)$/.exec(location.hash);
    if (!m) {
      return null;
    }
    return m[1] ? m[1].split('.').map(Number) : [];
  }

  function goToPath(choices) {
    location.hash = 'walk=' + choices.join('.');
  }

  function highlight(state) {
    all('.flowchart-svg .fc-node, .flowchart-svg .fc-edge', article).forEach((n) => {
      n.classList.remove('fc-visited', 'fc-current', 'fc-taken');
    });
    state.steps.forEach((s) => {
      const n = document.getElementById('fc-n-' + s.node);
      const e = document.getElementById('fc-e-' + s.node + '-' + s.option);
      if (n) {
        n.classList.add('fc-visited');
      }
      if (e) {
        e.classList.add('fc-taken');
      }
    });
    const current = document.getElementById('fc-n-' + state.at);
    if (current) {
      current.classList.add('fc-current');
      reveal(current);
    }
  }

  // scrolls the picture (not the page) so the current box is in view
  function reveal(node) {
    const scroller = article.querySelector('.diagram-scroll');
    window.handbook.centre(scroller, node);
    const box = node.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    if (box.top < frame.top || box.bottom > frame.bottom) {
      scroller.scrollTop += box.top - frame.top - 16;
    }
  }

  function renderTrail(state) {
    trail.textContent = '';
    state.steps.forEach((s, i) => {
      const li = el('li');
      const a = el('a', null, s.answer);
      a.href = '#walk=' + path.slice(0, i).join('.');
      a.setAttribute('aria-label', 'Change your answer to: ' + s.question + ' (you answered: ' + s.answer + ')');
      li.appendChild(a);
      trail.appendChild(li);
    });
    walk.querySelector('.walk-trail-nav').hidden = state.steps.length === 0;
  }

  function renderQuestion(id, number) {
    const r = row(id);
    step.appendChild(el('p', 'walk-kind', 'Question ' + number));
    const h = el('h3', 'walk-question', text(r, '.node-title'));
    h.tabIndex = -1;
    step.appendChild(h);
    const help = text(r, '.node-help');
    if (help) {
      step.appendChild(el('p', 'walk-help', help));
    }
    const group = el('div', 'walk-options');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Answers');
    options(id).forEach((o, k) => {
      const b = el('button', 'button walk-option', o.label);
      b.type = 'button';
      b.addEventListener('click', () => goToPath(path.concat([k + 1])));
      group.appendChild(b);
    });
    step.appendChild(group);
    return h;
  }

  function button(label, onClick) {
    const b = el('button', 'button', label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function renderOutcome(id) {
    const r = row(id);
    step.appendChild(el('p', 'walk-kind', 'Outcome'));
    const h = el('h3', 'walk-question', text(r, '.node-title strong'));
    h.tabIndex = -1;
    step.appendChild(h);
    const verdict = r.querySelector('.verdict');
    if (verdict) {
      step.appendChild(el('p', 'walk-verdict')).appendChild(verdict.cloneNode(true));
    }
    // the verdict if a measurement holds, with the measurement and its threshold
    const measured = r.querySelector('.node-if-measured');
    if (measured) {
      step.appendChild(measured.cloneNode(true));
    }
    step.appendChild(el('p', 'walk-summary', text(r, '.node-summary')));
    const links = r.querySelector('.node-links');
    if (links) {
      step.appendChild(el('p', 'walk-next', 'Read next:'));
      step.appendChild(links.cloneNode(true));
    }
    const tools = el('p', 'walk-record-tools');
    tools.appendChild(button('Copy the decision record as Markdown', () => {
      const area = step.querySelector('.record-text');
      window.handbook.copy(area.value, area, status, 'Decision record copied.');
    }));
    tools.appendChild(button('Print the decision record', () => window.handbook.print('record')));
    step.appendChild(tools);
    const md = el('details', 'record-markdown');
    md.appendChild(el('summary', null, 'Show the record as Markdown'));
    const area = el('textarea', 'record-text');
    area.readOnly = true;
    area.rows = 12;
    area.setAttribute('aria-label', 'Decision record as Markdown');
    md.appendChild(area);
    step.appendChild(md);
    return h;
  }

  // the decision record at an outcome, once; shown on the page and copied as Markdown
  function decisionRecord(state) {
    const r = row(state.at);
    return {
      date: today(),
      steps: state.steps,
      outcome: text(r, '.node-title strong'),
      verdict: text(r, '.verdict'),
      measured: text(r, '.node-if-measured'),
      summary: text(r, '.node-summary'),
      links: all('.node-links a', r).map((a) => ({ text: a.textContent.trim(), href: a.href })),
      sections: ['Attendees', 'Decision and owner', 'Notes']
    };
  }

  function markdown(record) {
    const lines = ['# Decision record: ' + title, '', '- Date: ' + record.date, '- Flowchart: ' + pageUrl(),
      '- Path: ' + pageUrl() + '#walk=' + path.join('.'), '', '## Questions and answers', ''];
    record.steps.forEach((s, i) => lines.push((i + 1) + '. ' + s.question + ' **' + s.answer + '**'));
    const verdict = record.verdict ? ' (' + record.verdict + ')' : '';
    lines.push('', '## Outcome: ' + record.outcome + verdict, '', record.summary, '');
    if (record.measured) {
      lines.push(record.measured, '');
    }
    record.links.forEach((a) => lines.push('- [' + a.text + '](' + a.href + ')'));
    record.sections.forEach((label, i) => lines.push('', '## ' + label, '', i === 0 ? '- ' : ''));
    return lines.join('\n');
  }

  function renderRecord(state) {
    const body = recordBox.querySelector('.record-body');
    body.textContent = '';
    if (!isOutcome(state.at)) {
      recordBox.hidden = true;
      return;
    }
    const record = decisionRecord(state);
    body.appendChild(el('p', 'record-meta', title + ' · ' + record.date));
    const ol = el('ol', 'record-answers');
    record.steps.forEach((s) => {
      const li = el('li');
      li.appendChild(el('span', 'record-q', s.question + ' '));
      li.appendChild(el('strong', null, s.answer));
      ol.appendChild(li);
    });
    body.appendChild(ol);
    body.appendChild(el('p', 'record-outcome', 'Outcome: ' + record.outcome + ' (' + record.verdict + ')'));
    body.appendChild(el('p', null, record.summary));
    if (record.measured) {
      body.appendChild(el('p', 'record-measured', record.measured));
    }
    const links = el('ul', 'record-links');
    record.links.forEach((a) => links.appendChild(el('li', null, a.text + ': ' + a.href)));
    body.appendChild(links);
    record.sections.forEach((label) => {
      body.appendChild(el('p', 'record-label', label));
      body.appendChild(el('div', 'record-lines'));
    });
    recordBox.hidden = false;
    step.querySelector('.record-text').value = markdown(record);
  }

  function render(moveFocus) {
    const state = follow(path);
    path = path.slice(0, state.steps.length);
    step.textContent = '';
    const heading = isOutcome(state.at) ? renderOutcome(state.at) : renderQuestion(state.at, state.steps.length + 1);
    renderTrail(state);
    renderRecord(state);
    highlight(state);
    walk.querySelector('[data-walk="back"]').disabled = path.length === 0;
    walk.querySelector('[data-walk="restart"]').disabled = path.length === 0;
    if (moveFocus) {
      heading.focus();
      const where = isOutcome(state.at) ? 'Outcome: ' : 'Question ' + (state.steps.length + 1) + ': ';
      status.textContent = where + heading.textContent;
    }
  }

  walk.querySelector('[data-walk="back"]').addEventListener('click', () => goToPath(path.slice(0, -1)));
  walk.querySelector('[data-walk="restart"]').addEventListener('click', () => goToPath([]));
  window.addEventListener('hashchange', () => {
    const choices = fromHash();
    if (choices === null) {
      return; // a link into the decision table: the walk stays where it was
    }
    path = choices;
    render(true);
  });

  // the picture at actual size, panned by scrolling or dragging; "fit to width" for an overview.
  // A diagram that would stay readable when fitted (three quarters of its size or more) starts fitted.
  const tools = article.querySelector('.diagram-tools');
  const zoom = tools.querySelector('[data-zoom]');
  const scroller = article.querySelector('.diagram-scroll');
  const svg = scroller.querySelector('svg');
  function fit(on) {
    zoom.setAttribute('aria-pressed', String(on));
    scroller.classList.toggle('fit', on);
  }
  tools.hidden = false;
  zoom.addEventListener('click', () => fit(zoom.getAttribute('aria-pressed') !== 'true'));
  fit(scroller.clientWidth / svg.viewBox.baseVal.width >= 0.75);
  let drag = null;
  scroller.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' || e.button !== 0 || scroller.classList.contains('fit')) {
      return;
    }
    drag = { x: e.clientX, y: e.clientY, left: scroller.scrollLeft, top: scroller.scrollTop, moved: false };
  });
  window.addEventListener('pointermove', (e) => {
    if (!drag) {
      return;
    }
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4) {
      drag.moved = true;
    }
    scroller.scrollLeft = drag.left - (e.clientX - drag.x);
    scroller.scrollTop = drag.top - (e.clientY - drag.y);
  });
  window.addEventListener('pointerup', () => setTimeout(() => {
    drag = null;
  }, 0));
  // a drag that ends on a box is a pan, not a click on the box
  scroller.addEventListener('click', (e) => {
    if (drag && drag.moved) {
      e.preventDefault();
    }
  }, true);

  path = fromHash() || [];
  walk.hidden = false;
  render(false);
})();
