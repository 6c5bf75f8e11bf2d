// tei-edition: progressive enhancement for the reading edition. Every page works without this file:
// mentions are links to the index, the memo list is a plain list. This adds entity popovers (hover
// and keyboard focus), "cite this paragraph" (clipboard), memo list filters and network highlights.
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  // ── Entity popovers ──────────────────────────────────────────────────────────────────────
  // The content comes from the memo's own entity list (li#entry-<id>), so no data is fetched.
  // WCAG 1.4.13: the popover is dismissible (Escape), hoverable (pointer may move onto it) and
  // persistent (stays until focus/pointer leave or Escape).
  function setupPopovers() {
    var mentions = document.querySelectorAll('a.ent[data-ref]');
    if (!mentions.length) return;
    var pop = document.createElement('div');
    pop.id = 'entity-popover';
    pop.className = 'popover';
    pop.setAttribute('role', 'tooltip');
    pop.hidden = true;
    document.body.appendChild(pop);
    var current = null;
    var hideTimer = 0;

    function show(a) {
      clearTimeout(hideTimer);
      if (current === a && !pop.hidden) return;
      var entry = document.getElementById('entry-' + a.getAttribute('data-ref'));
      pop.textContent = '';
      if (entry) {
        var body = entry.querySelector('.entry-body');
        if (body) pop.appendChild(body.cloneNode(true));
      } else {
        var p = document.createElement('p');
        p.textContent = a.textContent;
        pop.appendChild(p);
      }
      var more = document.createElement('p');
      more.className = 'popover-link';
      var link = document.createElement('a');
      link.href = a.href;
      link.textContent = 'Index entry and all mentions →';
      more.appendChild(link);
      pop.appendChild(more);
      if (current && current !== a) current.removeAttribute('aria-describedby');
      current = a;
      a.setAttribute('aria-describedby', pop.id);
      pop.hidden = false;
      place(a);
    }

    function place(a) {
      var r = a.getBoundingClientRect();
      var top = window.scrollY + r.bottom + 6;
      var left = window.scrollX + r.left;
      pop.style.top = top + 'px';
      pop.style.left = '0px';
      var w = pop.offsetWidth;
      var maxLeft = window.scrollX + document.documentElement.clientWidth - w - 8;
      pop.style.left = Math.max(window.scrollX + 8, Math.min(left, maxLeft)) + 'px';
    }

    function hide() {
      clearTimeout(hideTimer);
      pop.hidden = true;
      if (current) current.removeAttribute('aria-describedby');
      current = null;
    }

    function hideSoon() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 250);
    }

    Array.prototype.forEach.call(mentions, function (a) {
      a.addEventListener('mouseenter', function () { show(a); });
      a.addEventListener('mouseleave', hideSoon);
      a.addEventListener('focus', function () { show(a); });
      a.addEventListener('blur', hideSoon);
    });
    pop.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
    pop.addEventListener('mouseleave', hideSoon);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !pop.hidden) hide();
    });
    window.addEventListener('resize', function () { if (current && !pop.hidden) place(current); });
  }

  // ── Citations ────────────────────────────────────────────────────────────────────────────
  function setupCitations() {
    var buttons = document.querySelectorAll('button[data-citation]');
    var status = document.getElementById('copy-status');
    Array.prototype.forEach.call(buttons, function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        var text = b.getAttribute('data-citation');
        var done = function (ok) {
          if (ok) b.setAttribute('data-copied', 'true');
          if (status) status.textContent = ok ? 'Citation copied: ' + text : 'Copy this citation: ' + text;
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
        } else {
          done(false);
        }
      });
    });
  }

  // ── Memo list: filter by year, archive, person; sort ───────────────────────────────────────
  function setupMemoFilters() {
    var form = document.getElementById('memo-filters');
    var list = document.getElementById('memo-list');
    if (!form || !list) return;
    form.hidden = false;
    var status = document.getElementById('filter-status');
    var items = Array.prototype.slice.call(list.querySelectorAll('li.memo-item'));
    var selects = form.querySelectorAll('select[data-filter]');
    var sorter = document.getElementById('sort-memos');

    function apply() {
      var shown = 0;
      items.forEach(function (li) {
        var ok = Array.prototype.every.call(selects, function (s) {
          if (!s.value) return true;
          var key = s.getAttribute('data-filter');
          var v = li.getAttribute('data-' + key) || '';
          return key === 'persons' ? v.split(' ').indexOf(s.value) >= 0 : v === s.value;
        });
        li.hidden = !ok;
        if (ok) shown++;
      });
      var order = sorter ? sorter.value : 'date';
      var sorted = items.slice().sort(function (a, b) {
        if (order === 'title') return a.getAttribute('data-title').localeCompare(b.getAttribute('data-title'));
        var c = a.getAttribute('data-date').localeCompare(b.getAttribute('data-date'));
        return order === '-date' ? -c : c;
      });
      sorted.forEach(function (li) { list.appendChild(li); });
      if (status) status.textContent = shown + ' of ' + items.length + ' memos shown';
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  }

  // ── Network: highlight the links of the focused or hovered entity ────────────────────────────
  function setupNetwork() {
    var svg = document.querySelector('.network-svg');
    if (!svg) return;
    var lines = svg.querySelectorAll('.net-edges line');
    function mark(id) {
      Array.prototype.forEach.call(lines, function (l) {
        var on = id && (l.getAttribute('data-source') === id || l.getAttribute('data-target') === id);
        l.classList.toggle('is-active', !!on);
      });
    }
    Array.prototype.forEach.call(svg.querySelectorAll('.net-node'), function (n) {
      var id = n.getAttribute('data-id');
      n.addEventListener('mouseenter', function () { mark(id); });
      n.addEventListener('focus', function () { mark(id); });
      n.addEventListener('mouseleave', function () { mark(null); });
      n.addEventListener('blur', function () { mark(null); });
    });
  }

  onReady(function () {
    setupPopovers();
    setupCitations();
    setupMemoFilters();
    setupNetwork();
  });
})();
