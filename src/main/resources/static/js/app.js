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
