// Measures the laid-out page the way a person would check it and returns the facts as a JSON string.
// Evaluated by the screenshot tests over the DevTools protocol; the report itself has no script.
(function () {
  document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  var vw = document.documentElement.clientWidth;
  var facts = { viewport: vw, scrollWidth: document.documentElement.scrollWidth, wide: [], overlaps: [],
    clipped: [], minSvgFontPx: 1000, svgTexts: 0, sections: [], headings: [] };
  function name(el) {
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  }
  document.querySelectorAll('body *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') return;
    // inside a box that scrolls sideways (with its shadow cue) only the box itself must fit
    var scroller = el.parentElement && el.parentElement.closest('.scroll');
    if (scroller && /auto|scroll/.test(getComputedStyle(scroller).overflowX)) return;
    if (r.right > vw + 1 || r.left < -1) facts.wide.push(name(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  });
  document.querySelectorAll('svg').forEach(function (svg, index) {
    var box = svg.getBoundingClientRect();
    if (box.width === 0) return;
    var scale = box.width / svg.viewBox.baseVal.width;
    var texts = Array.prototype.slice.call(svg.querySelectorAll('text')).map(function (t) {
      var px = parseFloat(getComputedStyle(t).fontSize) * scale;
      facts.minSvgFontPx = Math.min(facts.minSvgFontPx, px);
      facts.svgTexts++;
      return { t: t.textContent, r: t.getBoundingClientRect() };
    });
    var label = (svg.getAttribute('aria-label') || 'svg ' + index);
    texts.forEach(function (a, i) {
      if (a.r.left < box.left - 1 || a.r.right > box.right + 1 || a.r.top < box.top - 1 || a.r.bottom > box.bottom + 1) {
        facts.clipped.push(label + ': "' + a.t + '"');
      }
      for (var j = i + 1; j < texts.length; j++) {
        var b = texts[j];
        var w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        var h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 0.5 && h > 0.5) facts.overlaps.push(label + ': "' + a.t + '" / "' + b.t + '"');
      }
    });
  });
  document.querySelectorAll('main > section').forEach(function (s) {
    facts.sections.push(s.id);
    facts.headings.push(s.querySelector('h2').textContent);
  });
  return JSON.stringify(facts);
})()
