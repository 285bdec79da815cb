// Highlight the source sentence a citation points to. CSS :target covers full page loads;
// Material's instant navigation changes the address with the History API, which does not
// update :target, so the highlight follows the address here instead.
(function () {
  "use strict";

  function highlight() {
    document.querySelectorAll(".sentence.is-cited").forEach(function (node) {
      node.classList.remove("is-cited");
    });
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (!target || !target.classList.contains("sentence")) return;
    target.classList.add("is-cited");
    target.scrollIntoView({ block: "center" });
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(highlight);
  } else {
    document.addEventListener("DOMContentLoaded", highlight);
  }
  window.addEventListener("hashchange", highlight);
})();
