// Live character counts in the editor (Studio/Pages/Editor). The server renders the same counts and the API checks
// the limits on save; this only keeps them current while typing. Each counter names its input (data-count-for),
// its limit (data-max) and how it counts (data-counting): LENGTH as the API's MAX_LENGTH does (UTF-16 code units),
// GRAPHEMES as most platforms do, X_WEIGHTED as X does (twitter-text v3: CJK and emoji weigh 2, a URL 23).
(function () {
  "use strict";
  var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
  var urls = /(?:https?:\/\/|www\.)[^\s<>"]+?(?=[.,;:!?)\]'"]*(?:\s|$))/gi;
  var light = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]];

  function graphemes(text) {
    if (!segmenter) { return Array.from(text); }
    var list = [];
    for (var part of segmenter.segment(text)) { list.push(part.segment); }
    return list;
  }

  function isEmoji(cluster) {
    var points = Array.from(cluster).map(function (c) { return c.codePointAt(0); });
    return (points[0] >= 0x1F000 && points[0] <= 0x1FAFF)
      || (points.length > 1 && points.some(function (p) { return p === 0xFE0F || p === 0x20E3 || (p >= 0x1F3FB && p <= 0x1F3FF) || (p >= 0x1F1E6 && p <= 0x1F1FF) || (p >= 0xE0020 && p <= 0xE007F); }))
      || (points.indexOf(0x200D) >= 0 && points.some(function (p) { return p >= 0x1F000; }));
  }

  function weigh(text) {
    var weight = 0;
    graphemes(text).forEach(function (cluster) {
      if (isEmoji(cluster)) { weight += 2; return; }
      Array.from(cluster).forEach(function (c) {
        var p = c.codePointAt(0);
        weight += light.some(function (r) { return p >= r[0] && p <= r[1]; }) ? 1 : 2;
      });
    });
    return weight;
  }

  function xWeighted(text) {
    var total = 0, position = 0, match;
    urls.lastIndex = 0;
    while ((match = urls.exec(text)) !== null) {
      total += weigh(text.slice(position, match.index)) + 23;
      position = match.index + match[0].length;
    }
    return total + weigh(text.slice(position));
  }

  function count(text, counting) {
    if (counting === "LENGTH") { return text.length; }
    var normalized = text.normalize("NFC");
    return counting === "X_WEIGHTED" ? xWeighted(normalized) : graphemes(normalized).length;
  }

  function update(input) {
    document.querySelectorAll('[data-count-for="' + input.id + '"]').forEach(function (counter) {
      var max = parseInt(counter.getAttribute("data-max"), 10);
      var n = count(input.value, counter.getAttribute("data-counting"));
      var label = counter.getAttribute("data-label");
      counter.textContent = (label ? label + ": " : "") + n + " / " + max;
      counter.classList.toggle("over", n > max);
    });
  }

  document.querySelectorAll("[data-counted]").forEach(function (input) {
    input.addEventListener("input", function () { update(input); });
    update(input);
  });
})();
