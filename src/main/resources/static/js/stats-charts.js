// Draws the accident charts of the targets dashboard from data-* attributes (no inline script: CSP).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = { accidents: '#0d6efd', deaths: '#dc3545', injuries: '#fd7e14' };
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = ['accidents', 'deaths', 'injuries'].map(function (key) {
      return {
        label: canvas.getAttribute('data-label-' + key),
        data: data[key],
        borderColor: colours[key],
        backgroundColor: colours[key],
        tension: 0.2
      };
    });
    new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
  });
});
