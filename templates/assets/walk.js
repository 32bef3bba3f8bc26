// handbook: the flowchart walk. One question at a time, built from the decision table on the
// page (which is also what readers without JavaScript use). The path lives in the URL hash
// (#walk=2.1 is "second option, then first option"), so it can be shared and Back works.
(function () {
  'use strict';
  var article = document.querySelector('article.flowchart');
  if (!article) return;
  var walk = article.querySelector('.walk');
  var step = walk.querySelector('.walk-step');
  var trail = walk.querySelector('.walk-trail');
  var status = walk.querySelector('.walk-status');
  var record = article.querySelector('.decision-record');
  var title = article.getAttribute('data-title');
  var start = article.getAttribute('data-start');
  var path = [];

  var el = window.hbEl;

  function row(id) {
    return article.querySelector('.decision-table > li[data-node="' + id + '"]');
  }

  function text(node, selector) {
    var e = node.querySelector(selector);
    return e ? e.textContent.trim() : '';
  }

  function options(id) {
    return Array.prototype.map.call(row(id).querySelectorAll('.node-options > li'), function (li) {
      return { label: text(li, '.option-label'), next: li.querySelector('a[data-next]').getAttribute('data-next') };
    });
  }

  function isOutcome(id) {
    return row(id).classList.contains('outcome');
  }

  // follows the chosen option numbers from the start; stops at the first that does not fit
  function follow(choices) {
    var steps = [];
    var id = start;
    for (var i = 0; i < choices.length && !isOutcome(id); i++) {
      var opts = options(id);
      var k = choices[i] - 1;
      if (!(k >= 0 && k < opts.length)) break;
      steps.push({ node: id, option: k, question: text(row(id), '.node-title'), answer: opts[k].label });
      id = opts[k].next;
    }
    return { steps: steps, at: id };
  }

  function fromHash() {
    var m = /^#walk=([0-9.]*)$/.exec(location.hash);
    if (!m) return null;
    return m[1] ? m[1].split('.').map(Number) : [];
  }

  function go(choices) {
    location.hash = 'walk=' + choices.join('.');
  }

  function highlight(state) {
    Array.prototype.forEach.call(article.querySelectorAll('.flowchart-svg .fc-node, .flowchart-svg .fc-edge'), function (n) {
      n.classList.remove('fc-visited', 'fc-current', 'fc-taken');
    });
    state.steps.forEach(function (s) {
      var n = document.getElementById('fc-n-' + s.node);
      var e = document.getElementById('fc-e-' + s.node + '-' + s.option);
      if (n) n.classList.add('fc-visited');
      if (e) e.classList.add('fc-taken');
    });
    var current = document.getElementById('fc-n-' + state.at);
    if (current) {
      current.classList.add('fc-current');
      reveal(current);
    }
  }

  // scrolls the picture (not the page) so the current box is in view
  function reveal(node) {
    var scroller = article.querySelector('.diagram-scroll');
    var box = node.getBoundingClientRect();
    var frame = scroller.getBoundingClientRect();
    scroller.scrollLeft += (box.left + box.width / 2) - (frame.left + frame.width / 2);
    if (box.top < frame.top || box.bottom > frame.bottom) scroller.scrollTop += box.top - frame.top - 16;
  }

  function renderTrail(state) {
    trail.textContent = '';
    state.steps.forEach(function (s, i) {
      var li = el('li');
      var a = el('a', null, s.answer);
      a.href = '#walk=' + path.slice(0, i).join('.');
      a.setAttribute('aria-label', 'Change your answer to: ' + s.question + ' (you answered: ' + s.answer + ')');
      li.appendChild(a);
      trail.appendChild(li);
    });
    walk.querySelector('.walk-trail-nav').hidden = state.steps.length === 0;
  }

  function renderQuestion(id, number) {
    var r = row(id);
    step.appendChild(el('p', 'walk-kind', 'Question ' + number));
    var h = el('h3', 'walk-question', text(r, '.node-title'));
    h.tabIndex = -1;
    step.appendChild(h);
    var help = text(r, '.node-help');
    if (help) step.appendChild(el('p', 'walk-help', help));
    var group = el('div', 'walk-options');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Answers');
    options(id).forEach(function (o, k) {
      var b = el('button', 'button walk-option', o.label);
      b.type = 'button';
      b.addEventListener('click', function () { go(path.concat([k + 1])); });
      group.appendChild(b);
    });
    step.appendChild(group);
    return h;
  }

  function renderOutcome(id) {
    var r = row(id);
    step.appendChild(el('p', 'walk-kind', 'Outcome'));
    var h = el('h3', 'walk-question', text(r, '.node-title strong'));
    h.tabIndex = -1;
    step.appendChild(h);
    var verdict = r.querySelector('.verdict');
    if (verdict) step.appendChild(el('p', 'walk-verdict')).appendChild(verdict.cloneNode(true));
    step.appendChild(el('p', 'walk-summary', text(r, '.node-summary')));
    var links = r.querySelector('.node-links');
    if (links) {
      step.appendChild(el('p', 'walk-next', 'Read next:'));
      step.appendChild(links.cloneNode(true));
    }
    var tools = el('p', 'walk-record-tools');
    var copy = el('button', 'button', 'Copy the decision record as Markdown');
    copy.type = 'button';
    copy.addEventListener('click', function () { copyRecord(); });
    var print = el('button', 'button', 'Print the decision record');
    print.type = 'button';
    print.addEventListener('click', function () {
      document.body.classList.add('print-record');
      window.print();
    });
    tools.appendChild(copy);
    tools.appendChild(print);
    step.appendChild(tools);
    var md = el('details', 'record-markdown');
    md.appendChild(el('summary', null, 'Show the record as Markdown'));
    var area = el('textarea', 'record-text');
    area.readOnly = true;
    area.rows = 12;
    area.setAttribute('aria-label', 'Decision record as Markdown');
    md.appendChild(area);
    step.appendChild(md);
    return h;
  }

  var today = window.hbToday;

  function pageUrl() {
    return location.href.replace(/#.*$/, '');
  }

  function markdown(state) {
    var r = row(state.at);
    var lines = ['# Decision record: ' + title, '', '- Date: ' + today(), '- Flowchart: ' + pageUrl(),
      '- Path: ' + pageUrl() + '#walk=' + path.join('.'), '', '## Questions and answers', ''];
    state.steps.forEach(function (s, i) { lines.push((i + 1) + '. ' + s.question + ' **' + s.answer + '**'); });
    var verdict = text(r, '.verdict');
    lines.push('', '## Outcome: ' + text(r, '.node-title strong') + (verdict ? ' (' + verdict + ')' : ''), '', text(r, '.node-summary'), '');
    Array.prototype.forEach.call(r.querySelectorAll('.node-links a'), function (a) {
      lines.push('- [' + a.textContent.trim() + '](' + a.href + ')');
    });
    lines.push('', '## Attendees', '', '- ', '', '## Decision and owner', '', '', '## Notes', '', '');
    return lines.join('\n');
  }

  function renderRecord(state) {
    var body = record.querySelector('.record-body');
    body.textContent = '';
    if (!isOutcome(state.at)) { record.hidden = true; return; }
    var r = row(state.at);
    body.appendChild(el('p', 'record-meta', title + ' · ' + today()));
    var ol = el('ol', 'record-answers');
    state.steps.forEach(function (s) {
      var li = el('li');
      li.appendChild(el('span', 'record-q', s.question + ' '));
      li.appendChild(el('strong', null, s.answer));
      ol.appendChild(li);
    });
    body.appendChild(ol);
    body.appendChild(el('p', 'record-outcome', 'Outcome: ' + text(r, '.node-title strong') + ' (' + text(r, '.verdict') + ')'));
    body.appendChild(el('p', null, text(r, '.node-summary')));
    var links = el('ul', 'record-links');
    Array.prototype.forEach.call(r.querySelectorAll('.node-links a'), function (a) {
      links.appendChild(el('li', null, a.textContent.trim() + ': ' + a.href));
    });
    body.appendChild(links);
    ['Attendees', 'Decision and owner', 'Notes'].forEach(function (label) {
      body.appendChild(el('p', 'record-label', label));
      body.appendChild(el('div', 'record-lines'));
    });
    record.hidden = false;
    step.querySelector('.record-text').value = markdown(state);
  }

  function copyRecord() {
    var area = step.querySelector('.record-text');
    window.hbCopy(area.value, area, function (ok) {
      status.textContent = ok ? 'Decision record copied.' : 'Copying is blocked here: the record is selected below; press Ctrl+C.';
      if (!ok) step.querySelector('.record-markdown').open = true;
    });
  }

  function render(moveFocus) {
    var state = follow(path);
    path = path.slice(0, state.steps.length);
    step.textContent = '';
    var heading = isOutcome(state.at) ? renderOutcome(state.at) : renderQuestion(state.at, state.steps.length + 1);
    renderTrail(state);
    renderRecord(state);
    highlight(state);
    walk.querySelector('[data-walk="back"]').disabled = path.length === 0;
    walk.querySelector('[data-walk="restart"]').disabled = path.length === 0;
    if (moveFocus) {
      heading.focus();
      status.textContent = (isOutcome(state.at) ? 'Outcome: ' : 'Question ' + (state.steps.length + 1) + ': ') + heading.textContent;
    }
  }

  walk.querySelector('[data-walk="back"]').addEventListener('click', function () { go(path.slice(0, -1)); });
  walk.querySelector('[data-walk="restart"]').addEventListener('click', function () { go([]); });
  window.addEventListener('hashchange', function () {
    var choices = fromHash();
    if (choices === null) return; // a link into the decision table: the walk stays where it was
    path = choices;
    render(true);
  });
  window.addEventListener('afterprint', function () { document.body.classList.remove('print-record'); });

  // the picture at actual size, panned by scrolling or dragging; "fit to width" for an overview.
  // A diagram that would stay readable when fitted (three quarters of its size or more) starts fitted.
  var tools = article.querySelector('.diagram-tools');
  var zoom = tools.querySelector('[data-zoom]');
  var scroller = article.querySelector('.diagram-scroll');
  var svg = scroller.querySelector('svg');
  function fit(on) {
    zoom.setAttribute('aria-pressed', String(on));
    scroller.classList.toggle('fit', on);
  }
  tools.hidden = false;
  zoom.addEventListener('click', function () { fit(zoom.getAttribute('aria-pressed') !== 'true'); });
  fit(scroller.clientWidth / svg.viewBox.baseVal.width >= 0.75);
  var drag = null;
  scroller.addEventListener('pointerdown', function (e) {
    if (e.pointerType !== 'mouse' || e.button !== 0 || scroller.classList.contains('fit')) return;
    drag = { x: e.clientX, y: e.clientY, left: scroller.scrollLeft, top: scroller.scrollTop, moved: false };
  });
  window.addEventListener('pointermove', function (e) {
    if (!drag) return;
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4) drag.moved = true;
    scroller.scrollLeft = drag.left - (e.clientX - drag.x);
    scroller.scrollTop = drag.top - (e.clientY - drag.y);
  });
  window.addEventListener('pointerup', function () { setTimeout(function () { drag = null; }, 0); });
  // a drag that ends on a box is a pan, not a click on the box
  scroller.addEventListener('click', function (e) { if (drag && drag.moved) e.preventDefault(); }, true);

  path = fromHash() || [];
  walk.hidden = false;
  render(false);
})();
