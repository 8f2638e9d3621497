// Forms: after a failed submit the error summary takes focus, so a keyboard or screen reader
// user starts at the list of errors; a link in it moves focus to its field and shows the field
// with its label. Without this script the summary still has autofocus and the links still jump.
(function () {
  "use strict";

  var summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  if (document.activeElement !== summary) summary.focus();

  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) return;
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    event.preventDefault();
    // Show the label or legend above the field, not just the field itself.
    var group = field.closest(".form-field") || field;
    group.scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
