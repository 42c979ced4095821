/* Live Gulpease score of "In breve" in the guide editor.
   Counts exactly like guides/readability.py: words are runs of letters or digits; a sentence
   ends at . ! ? ; : or … before a space or the end, and at a line break. */
(function () {
    "use strict";
    var WORD = /[\p{L}\p{N}]+/gu;
    var SPLIT = /[.!?;:…]+(?=\s|$)|\n+/u;

    function gulpease(text) {
        var words = text.match(WORD) || [];
        if (!words.length) { return null; }
        var sentences = text.split(SPLIT).filter(function (part) { return /[\p{L}\p{N}]/u.test(part); }).length;
        var letters = words.reduce(function (sum, word) { return sum + word.length; }, 0);
        var score = 89 + (300 * sentences - 10 * letters) / words.length;
        return Math.max(0, Math.min(100, Math.round(score * 10) / 10));
    }

    function init() {
        var panel = document.querySelector("[data-readability-panel]");
        var field = document.querySelector('textarea[name="summary"]');
        // Only Italian (Gulpease) is recomputed as the editor types; Flesch scores need syllables.
        if (!panel || !field || panel.getAttribute("data-formula") !== "Gulpease") { return; }
        var cell = panel.querySelector('[data-readability-score="summary"]');
        var target = parseInt(cell.getAttribute("data-target"), 10) || 80;
        function update() {
            var score = gulpease(field.value);
            if (score === null) { cell.textContent = "—"; return; }
            cell.textContent = String(score).replace(".", ",") + (score >= target ? " (ok)" : " (sotto l'obiettivo)");
        }
        field.addEventListener("input", update);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
