// "Stampa l'elenco": without JavaScript the link opens the print version (?stampa=1);
// with it, the browser's print dialog opens straight away on the current list.
(function () {
    "use strict";
    document.querySelectorAll("[data-print-link]").forEach(function (link) {
        if (typeof window.print !== "function") {
            return;
        }
        link.addEventListener("click", function (event) {
            event.preventDefault();
            window.print();
        });
    });
})();
