// Citations and highlighted source sentences.
(function () {
  "use strict";

  // Highlight the source sentence a citation points to. CSS :target covers full page loads;
  // Material's instant navigation changes the address with the History API, which does not
  // update :target, so the highlight follows the address here instead.
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

  // One tooltip for every citation, shown on hover, on keyboard focus and on a tap. Listeners
  // sit on the document, so a page with hundreds of citations costs nothing more to start.
  // The sentence is article text: it only ever goes in as text (textContent), never as HTML.
  var TIP_ID = "explainer-cite-tip";
  var HINT = "Tap the number again to read it in the article.";
  var shownFor = null;
  var tappedFor = null; // the citation whose sentence a tap showed

  function tip() {
    var node = document.getElementById(TIP_ID);
    if (!node) {
      node = document.createElement("div");
      node.id = TIP_ID;
      node.className = "cite-tip";
      node.setAttribute("role", "tooltip");
      node.hidden = true;
      document.body.appendChild(node);
    }
    return node;
  }

  function citation(target) {
    var link = target && target.closest ? target.closest("a.cite[data-sentence]") : null;
    return link && link.getAttribute("data-sentence") ? link : null;
  }

  function show(link, tapped) {
    var node = tip();
    if (shownFor && shownFor !== link) hide();
    node.textContent = link.getAttribute("data-sentence");
    tappedFor = tapped ? link : null;
    if (tapped) {
      var hint = document.createElement("span");
      hint.className = "cite-tip-hint";
      hint.textContent = HINT;
      node.appendChild(hint);
    }
    node.hidden = false;
    link.setAttribute("aria-describedby", TIP_ID);
    shownFor = link;
    var box = link.getBoundingClientRect();
    var width = node.offsetWidth;
    var left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2),
                        document.documentElement.clientWidth - width - 8);
    var below = box.bottom + 8;
    var top = below + node.offsetHeight > window.innerHeight ? box.top - node.offsetHeight - 8 : below;
    node.style.left = Math.max(8, left) + "px";
    node.style.top = Math.max(8, top) + "px";
  }

  function hide() {
    if (shownFor) shownFor.removeAttribute("aria-describedby");
    shownFor = null;
    tappedFor = null;
    var node = document.getElementById(TIP_ID);
    if (node) node.hidden = true;
  }

  document.addEventListener("mouseover", function (event) {
    var link = citation(event.target);
    if (link) show(link);
    else if (shownFor && !shownFor.contains(event.target)) hide();
  });
  document.addEventListener("focusin", function (event) {
    var link = citation(event.target);
    if (link) show(link);
    else hide();
  });
  document.addEventListener("focusout", function (event) {
    if (citation(event.target) === shownFor) hide();
  });
  // A touch screen has no hover, and a tap would follow the link at once: the first tap on a
  // citation shows its sentence, a second tap on the same citation follows the link, a tap
  // anywhere else closes it. Screen readers' own activation (no touch pointer) and the mouse
  // follow the link as before; they get the sentence on focus.
  var touched = null;
  var touchedOpen = false;
  document.addEventListener("pointerdown", function (event) {
    var byFinger = event.pointerType === "touch" || event.pointerType === "pen";
    touched = byFinger ? citation(event.target) : null;
    touchedOpen = touched !== null && touched === tappedFor;
    if (byFinger && !touched && tappedFor) hide();
  }, true);
  document.addEventListener("click", function (event) {
    var link = citation(event.target);
    if (!link || link !== touched) return;
    touched = null;
    if (touchedOpen) return; // the second tap: follow the link
    event.preventDefault();
    event.stopPropagation(); // before Material's instant navigation sees it
    show(link, true);
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  window.addEventListener("scroll", hide, { passive: true });

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(function () {
      hide();
      highlight();
    });
  } else {
    document.addEventListener("DOMContentLoaded", highlight);
  }
  window.addEventListener("hashchange", highlight);
})();
