/* Page feedback, enhanced: show only the follow-up question that fits the stars chosen.
   Without JavaScript both questions stay visible and the server keeps the right one. */
(function () {
    "use strict";
    document.querySelectorAll("[data-feedback-form]").forEach(function (form) {
        var negative = form.querySelector('[data-feedback-followup="negative"]');
        var positive = form.querySelector('[data-feedback-followup="positive"]');
        if (!negative || !positive) { return; }
        form.querySelectorAll("[data-feedback-hint]").forEach(function (hint) { hint.hidden = true; });
        function update() {
            var checked = form.querySelector('input[name="rating"]:checked');
            var stars = checked ? parseInt(checked.value, 10) : 0;
            negative.hidden = !(stars > 0 && stars < 4);
            positive.hidden = !(stars >= 4);
        }
        form.addEventListener("change", function (event) {
            if (event.target.name === "rating") { update(); }
        });
        update();
    });
    /* Printing FAQ answers: open every <details> before printing, so nothing is hidden on paper. */
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll(".guide details").forEach(function (item) { item.open = true; });
    });
})();
