// Copydesk page behaviour. Everything here is an enhancement: every page works without it.
(function () {
  'use strict';

  // Saving a long text or a large file takes a moment: say so, and keep the user from submitting twice.
  document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var file = form.querySelector('input[type=file]');
      var body = form.querySelector('textarea');
      var bytes = (file && file.files.length ? file.files[0].size : 0) + (body ? body.value.length : 0);
      var bar = form.querySelector('.upload-progress');
      var status = form.querySelector('.upload-status');
      if (bar) { bar.hidden = false; bar.removeAttribute('value'); }
      if (status) {
        status.textContent = bytes > 100000 ? 'Sending ' + (bytes / 1048576).toFixed(1) + ' MB… checking quotes…' : 'Saving…';
      }
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    });
  });

  // Move focus to the error summary so keyboard and screen-reader users hear what went wrong.
  var summary = document.getElementById('form-errors');
  if (summary) { summary.focus(); }

  var story = document.getElementById('story-text');
  if (!story) { return; }

  // --- Annotating: a selection in the story fills the note form with the passage and its offsets. ---
  var form = document.getElementById('annotate-form');

  // Offset of (node, offset) in the story body: the paragraph's data-start plus the text before it.
  function bodyOffset(node, offset) {
    var el = node.nodeType === 1 ? node : node.parentNode;
    var p = el.closest ? el.closest('p[data-start]') : null;
    if (!p || !story.contains(p)) { return null; }
    if (node.nodeType === 1) {
      // For an element the offset counts child nodes.
      var child = node.childNodes[offset];
      return Number(p.dataset.start) + (child ? textBefore(p, child) : textBefore(p, node) + node.textContent.length);
    }
    return Number(p.dataset.start) + textBefore(p, node) + offset;
  }
  function textBefore(p, target) {
    var w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    var total = 0;
    var n;
    while ((n = w.nextNode())) {
      if (n === target || (target.nodeType === 1 && target.contains(n))) { return total; }
      total += n.textContent.length;
    }
    return total;
  }

  var button = null;
  function hideButton() { if (button) { button.remove(); button = null; } }

  if (form) {
    document.addEventListener('selectionchange', function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) { return; }
      var range = sel.getRangeAt(0);
      if (!story.contains(range.commonAncestorContainer)) { return; }
      var start = bodyOffset(range.startContainer, range.startOffset);
      var end = bodyOffset(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) { return; }
      form.elements.start.value = start;
      form.elements.end.value = end;
      form.elements.quote.value = sel.toString();
      hideButton();
      var rect = range.getBoundingClientRect();
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'selection-button primary';
      button.textContent = 'Add note';
      button.style.left = (window.scrollX + rect.left) + 'px';
      button.style.top = (window.scrollY + rect.bottom + 6) + 'px';
      button.addEventListener('mousedown', function (e) { e.preventDefault(); });
      button.addEventListener('click', function () {
        hideButton();
        form.scrollIntoView({ block: 'nearest' });
        form.elements.comment.focus();
      });
      document.body.appendChild(button);
    });
    // Typing or pasting a passage by hand: the server finds it in the text.
    form.elements.quote.addEventListener('input', function () { form.elements.start.value = ''; form.elements.end.value = ''; });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hideButton(); } });
  }

  // --- Keyboard: j / k move to the next / previous flagged quote or note; Enter on it opens its card. ---
  function stops() {
    return Array.prototype.slice.call(story.querySelectorAll('.q-unsourced[id], .q-vague[id], .ann[id]'));
  }
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName) || t.isContentEditable) { return; }
    if (e.key !== 'j' && e.key !== 'k') { return; }
    var list = stops();
    if (!list.length) { return; }
    var i = list.indexOf(document.activeElement);
    i = e.key === 'j' ? (i + 1) % list.length : (i <= 0 ? list.length - 1 : i - 1);
    list[i].focus();
    list[i].scrollIntoView({ block: 'center' });
    e.preventDefault();
  });
  story.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target.id) { return; }
    var id = e.target.id;
    var note = id.indexOf('a-') === 0 ? id.substring(2) : null;
    var card = note ? document.getElementById('note-' + note) : document.querySelector('[data-finding="' + id + '"]');
    if (card) { card.scrollIntoView({ block: 'nearest' }); (card.querySelector('a, button, textarea') || card).focus(); }
    else if (note) { window.location.href = '/articles/' + story.dataset.article + '/annotations/' + note; }
  });
})();
