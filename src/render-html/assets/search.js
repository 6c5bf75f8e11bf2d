// tei-edition: full-text search over the static index embedded in search.html (built at build time
// with minisearch; see src/render-html/search-index.ts). Results link to the paragraph. All text is
// inserted with textContent, so memo text can never become markup.
(function () {
  'use strict';
  var dataEl = document.getElementById('search-index');
  var form = document.getElementById('search-form');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!dataEl || !form || !list || typeof MiniSearch === 'undefined') return;

  var data = JSON.parse(dataEl.textContent);
  var index = MiniSearch.loadJS(data.index, data.options);
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
})();
