// Offline search over the site: abbreviations (KP, KGB ...) expanded, spelling variants folded,
// small typos forgiven (Damerau-Levenshtein distance 1, or 2 for long words).
(function () {
  "use strict";
  var data = window.SOPKIT_SEARCH;
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!data || !input || !list || !status) { return; }
  var root = document.documentElement.getAttribute("data-root") || "";

  function words(text) {
    var plain = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    var out = [];
    (plain.match(/[a-z0-9]+/g) || []).forEach(function (w) {
      w = data.variants[w] || w;
      (data.abbreviations[w] || w).split(" ").forEach(function (p) { out.push(p); });
    });
    return out;
  }

  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) { return limit + 1; }
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) { prev.push(j); }
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur.push(v);
        if (v < best) { best = v; }
      }
      if (best > limit) { return limit + 1; }
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  function tokenScore(token, doc) {
    var best = 0;
    var limit = token.length >= 7 ? 2 : token.length >= 4 ? 1 : 0;
    for (var i = 0; i < doc.length; i++) {
      var w = doc[i];
      if (w === token) { return 3; }
      if (token.length >= 3 && w.indexOf(token) === 0) { best = Math.max(best, 2); }
      else if (limit && distance(token, w, limit) <= limit) { best = Math.max(best, 1); }
    }
    return best;
  }

  var docs = data.items.map(function (item) {
    return { item: item, title: words(item.title), body: words(item.title + " " + item.text) };
  });

  function search(query) {
    var tokens = words(query);
    if (!tokens.length) { return []; }
    var found = [];
    docs.forEach(function (d) {
      var total = 0;
      for (var i = 0; i < tokens.length; i++) {
        var s = tokenScore(tokens[i], d.body);
        if (!s) { return; }
        total += s + tokenScore(tokens[i], d.title);
      }
      found.push({ item: d.item, score: total });
    });
    found.sort(function (a, b) { return b.score - a.score || a.item.title.localeCompare(b.item.title); });
    return found.slice(0, 20);
  }

  function show() {
    var query = input.value.trim();
    list.textContent = "";
    if (!query) { status.textContent = ""; return; }
    var results = search(query);
    status.textContent = results.length
      ? results.length + " hasil untuk \u201c" + query + "\u201d"
      : "Tidak ada hasil untuk \u201c" + query + "\u201d";
    results.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + r.item.url;
      a.textContent = r.item.title;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " \u00b7 " + r.item.kind;
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    });
  }

  input.addEventListener("input", show);
  input.form.addEventListener("submit", function (e) {
    e.preventDefault();
    show();
    var first = list.querySelector("a");
    if (first) { first.focus(); }
  });
  window.sopkitSearch = search;
})();
