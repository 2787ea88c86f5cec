// A live list (an element with data-live-rows and sse-swap="row-added") is told of every row it may show; a row the
// page already has is left to its own live updates, a new one joins the list (and the "nothing yet" note, whose id
// data-live-rows names, goes).
document.addEventListener('htmx:sseBeforeMessage', function (event) {
  var list = event.target;
  if (!list.hasAttribute || !list.hasAttribute('data-live-rows')) {
    return;
  }
  var template = document.createElement('template');
  template.innerHTML = event.detail.data;
  var row = template.content.firstElementChild;
  if (!row || !row.id || document.getElementById(row.id)) {
    event.preventDefault();
    return;
  }
  var empty = list.getAttribute('data-live-rows') && document.getElementById(list.getAttribute('data-live-rows'));
  if (empty) {
    empty.remove();
  }
});
