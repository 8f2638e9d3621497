// Taalcheck: Escape hides an open explanation (WCAG 1.4.13); a button copies the improved text.
// The page works fully without this script.
(function () {
  "use strict";

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("[data-taalcheck-text]").forEach(function (element) {
      element.classList.add("tips-dismissed");
    });
  });
  document.addEventListener("focusin", function () {
    document.querySelectorAll(".tips-dismissed").forEach(function (element) {
      element.classList.remove("tips-dismissed");
    });
  });

  var replaced = document.querySelector(".taalcheck-replaced");
  if (replaced && navigator.clipboard) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button--secondary taalcheck-copy";
    button.textContent = "Kopieer deze tekst";
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "taalcheck-copy-status";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(replaced.value).then(function () {
        status.textContent = "De tekst staat nu op je klembord.";
      });
    });
    replaced.insertAdjacentElement("afterend", status);
    replaced.insertAdjacentElement("afterend", button);
  }
})();
