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
})();
