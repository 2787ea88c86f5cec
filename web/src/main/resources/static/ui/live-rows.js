// A live list (an element with data-live-rows and sse-swap="row") is sent every row it may show, each time the row
// changes. The list's element stays while rows come and go, so no change is missed while a row is being swapped:
// a row the page shows is replaced in place, a new one joins the top of the list (and the "nothing yet" note, whose
// id data-live-rows names, goes).
document.addEventListener('htmx:sseBeforeMessage', function (event) {
  var list = event.target;
  if (!list.hasAttribute || !list.hasAttribute('data-live-rows')) {
    return;
  }
  var template = document.createElement('template');
  template.innerHTML = event.detail.data;
  var row = template.content.firstElementChild;
  if (!row || !row.id) {
    event.preventDefault();
    return;
  }
  var shown = document.getElementById(row.id);
  if (shown) {
    event.preventDefault();
    shown.replaceWith(row);
    htmx.process(row);
    return;
  }
  var empty = list.getAttribute('data-live-rows') && document.getElementById(list.getAttribute('data-live-rows'));
  if (empty) {
    empty.remove();
  }
});
