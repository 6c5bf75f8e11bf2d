// tei-edition: full-text search over the static index embedded in search.html (built at build time
// with minisearch; see src/render-html/search-index.ts). Results link to the paragraph. All text is
// inserted with textContent, so memo text can never become markup.
//
// A large edition's search.html lists index shards instead (src/render-html/search-shards.ts):
// script files loaded on the first search, each calling teiEditionSearchShard(n, shard) (script
// elements work from file://, fetch does not); mergeShards puts them together into the one index.
(function (root) {
  'use strict';

  /**
   * minisearch's serialized index (toJSON) of the whole edition from its shards, in order: global
   * document numbers, average field lengths computed as minisearch's addFieldLength does (same
   * floating-point steps), terms in order of first occurrence (the order minisearch built its term
   * tree in, so equally scored results come in the same order).
   */
  function mergeShards(shards, options) {
    var documentIds = {};
    var fieldLength = {};
    var storedFields = {};
    var averageFieldLength = [];
    var fieldIds = {};
    var index = [];
    var byTerm = new Map();
    var count = 0;
    options.fields.forEach(function (f, i) { fieldIds[f] = i; });
    shards.forEach(function (shard) {
      var base = count;
      shard.docs.forEach(function (d) {
        documentIds[count] = d[0];
        fieldLength[count] = d[1];
        storedFields[count] = d[2];
        d[1].forEach(function (length, f) {
          if (length === null || length === undefined) return;
          averageFieldLength[f] = ((averageFieldLength[f] || 0) * count + length) / (count + 1);
        });
        count++;
      });
      shard.terms.forEach(function (t) {
        var entry = byTerm.get(t[0]);
        if (!entry) { entry = {}; byTerm.set(t[0], entry); index.push([t[0], entry]); }
        Object.keys(t[1]).forEach(function (f) {
          var postings = entry[f] || (entry[f] = {});
          var own = t[1][f];
          Object.keys(own).forEach(function (doc) { postings[base + Number(doc)] = own[doc]; });
        });
      });
    });
    return {
      documentCount: count, nextId: count, documentIds: documentIds, fieldIds: fieldIds, fieldLength: fieldLength,
      averageFieldLength: averageFieldLength, storedFields: storedFields, dirtCount: 0, index: index, serializationVersion: 2,
    };
  }
  /**
   * The index of the merged shards, as the browser would load one index of the whole edition:
   * loadJS of minisearch's toJSON inserts the terms in the order of its term tree, not in the
   * order they were first met, and equally scored results follow that order; so the terms are
   * inserted again in tree order (minisearch 7's SearchableMap, the version package-lock.json pins).
   */
  function loadShards(MiniSearch, shards, options) {
    var index = MiniSearch.loadJS(mergeShards(shards, options), options);
    var tree = new index._index.constructor();
    index._index.forEach(function (term, data) { tree.set(term, data); });
    index._index = tree;
    return index;
  }
  root.teiEditionMergeShards = mergeShards;
  root.teiEditionLoadShards = loadShards;
  if (typeof document === 'undefined') return;

  var dataEl = document.getElementById('search-index');
  var form = document.getElementById('search-form');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!dataEl || !form || !list || typeof MiniSearch === 'undefined') return;

  var data = JSON.parse(dataEl.textContent);
  var index = data.index ? MiniSearch.loadJS(data.index, data.options) : null;
  var waiting = null;

  // Loads every shard once (on the first search), then calls done(); a failure is reported in the status line.
  function withIndex(done) {
    if (index) { done(); return; }
    if (waiting) { waiting.push(done); return; }
    waiting = [done];
    var shards = new Array(data.shards.length);
    var loaded = 0;
    status.textContent = 'Loading the search index…';
    root.teiEditionSearchShard = function (n, shard) {
      if (shards[n]) return;
      shards[n] = shard;
      loaded++;
      status.textContent = 'Loading the search index (' + loaded + ' of ' + shards.length + ')…';
      if (loaded < shards.length) return;
      index = loadShards(MiniSearch, shards, data.options);
      var callbacks = waiting;
      waiting = null;
      callbacks.forEach(function (f) { f(); });
    };
    data.shards.forEach(function (src) {
      var s = document.createElement('script');
      s.src = src;
      s.onerror = function () { status.textContent = 'The search index could not be loaded (' + src + ').'; };
      document.head.appendChild(s);
    });
  }
  var q = document.getElementById('q');
  var person = document.getElementById('f-person');
  var place = document.getElementById('f-place');
  var MAX = 100;

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    var len = 0;
    terms.forEach(function (t) {
      var i = lower.indexOf(t.toLowerCase());
      if (i >= 0 && (at < 0 || i < at)) { at = i; len = t.length; }
    });
    var p = document.createElement('p');
    if (at < 0) { p.textContent = text.length > 220 ? text.slice(0, 220) + '…' : text; return p; }
    var from = Math.max(0, at - 90);
    var to = Math.min(text.length, at + len + 130);
    p.appendChild(document.createTextNode((from > 0 ? '…' : '') + text.slice(from, at)));
    var mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + len);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(text.slice(at + len, to) + (to < text.length ? '…' : '')));
    return p;
  }

  function run() {
    var words = q.value.trim();
    var who = person ? person.value : '';
    var where = place ? place.value : '';
    list.textContent = '';
    if (!words && !who && !where) { status.textContent = 'Type words to search, or choose a person or place.'; return; }
    if (!index) { withIndex(run); return; }
    var filter = function (r) {
      return (!who || (r.persons || []).indexOf(who) >= 0) && (!where || (r.places || []).indexOf(where) >= 0);
    };
    var results = words
      ? index.search(words, { prefix: true, fuzzy: 0.2, combineWith: 'AND', filter: filter })
      : index.search(MiniSearch.wildcard, { filter: filter });
    results.slice(0, MAX).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = 'memo/' + encodeURIComponent(r.memo) + '.html#' + encodeURIComponent(r.pid);
      a.textContent = r.title + (r.n ? ' — ¶ ' + r.n : ' — summary');
      li.appendChild(a);
      var meta = document.createElement('p');
      meta.className = 'result-meta';
      meta.textContent = r.dateLabel;
      li.appendChild(meta);
      li.appendChild(snippet(r.text, r.terms || []));
      list.appendChild(li);
    });
    var label = words ? ' for “' + words + '”' : '';
    status.textContent = results.length + (results.length === 1 ? ' paragraph' : ' paragraphs') + label +
      (results.length > MAX ? ' (first ' + MAX + ' shown)' : '') + '.';
  }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    q.value = params.get('q') || '';
    if (person) person.value = params.get('person') || '';
    if (place) place.value = params.get('place') || '';
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var params = new URLSearchParams();
    if (q.value.trim()) params.set('q', q.value.trim());
    if (person && person.value) params.set('person', person.value);
    if (place && place.value) params.set('place', place.value);
    history.replaceState(null, '', '?' + params.toString());
    run();
  });
  fromUrl();
  run();
})(typeof self !== 'undefined' ? self : globalThis);
