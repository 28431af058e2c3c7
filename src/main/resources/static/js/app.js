// Behaviour without inline script (the Content-Security-Policy forbids it).
document.addEventListener('click', function (event) {
  var confirmButton = event.target.closest('[data-confirm]');
  if (confirmButton && !window.confirm(confirmButton.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
  if (event.target.closest('[data-print]')) {
    window.print();
  }
  var back = event.target.closest('[data-back]');
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
document.addEventListener('change', function (event) {
  var all = event.target.closest('[data-check-all]');
  if (all) {
    var group = all.getAttribute('data-check-all');
    document.querySelectorAll('input[data-group="' + group + '"]').forEach(function (box) {
      box.checked = all.checked;
    });
  }
});
// A form posted once: its buttons are disabled while the next page loads (no double click on a long action), the
// pressed one says "Đang xử lý…" (data-busy of <body>) and the form is marked aria-busy. A download leaves the page
// in place: the buttons come back after a while, and when the page is shown again from the history.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented || (form.getAttribute('method') || 'get').toLowerCase() !== 'post'
      || form.hasAttribute('hx-post') || form.hasAttribute('hx-get')) {
    return;
  }
  var pressed = event.submitter;
  var buttons = form.querySelectorAll('button[type="submit"], input[type="submit"]');
  window.setTimeout(function () {
    form.setAttribute('aria-busy', 'true');
    buttons.forEach(function (button) {
      button.disabled = true;
    });
    if (pressed && pressed.tagName === 'BUTTON') {
      pressed.setAttribute('data-label', pressed.textContent);
      pressed.textContent = document.body.getAttribute('data-busy') || pressed.textContent;
      pressed.classList.add('is-busy');
    }
  }, 0);
  window.setTimeout(function () { release(form); }, 15000);
});
function release(form) {
  form.removeAttribute('aria-busy');
  form.querySelectorAll('button[type="submit"], input[type="submit"]').forEach(function (button) {
    button.disabled = false;
    if (button.hasAttribute('data-label')) {
      button.textContent = button.getAttribute('data-label');
      button.removeAttribute('data-label');
      button.classList.remove('is-busy');
    }
  });
}
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[aria-busy]').forEach(release);
});
// Repeating rows changed in place (a row button posted by htmx, or the whole form without it): the rows' fragment names
// the element that gets the focus next (data-focus: the new row, the moved row's button, the "add" button), so the
// user stays where they were in a long form.
function focusChangedRow() {
  document.querySelectorAll('[data-focus]').forEach(function (marker) {
    var target = document.getElementById(marker.getAttribute('data-focus'));
    marker.remove();
    if (target && !target.matches('button, input, select, textarea')) {
      target = target.querySelector('input:not([type="hidden"]), textarea, select') || target;
    }
    if (target) {
      target.scrollIntoView({block: 'center'});
      target.focus({preventScroll: true});
    }
  });
}
document.addEventListener('DOMContentLoaded', focusChangedRow);
document.addEventListener('htmx:afterSettle', focusChangedRow);
