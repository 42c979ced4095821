// The letter page works without this file: it only adds "Stampa" and "Copia il testo" buttons.
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-copy]").forEach(function (button) {
        var source = document.getElementById(button.getAttribute("data-copy"));
        var status = document.querySelector(".tool__copied");
        if (!source || !navigator.clipboard) { return; }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(source.value).then(function () {
                if (status) { status.textContent = "Testo copiato."; }
            }, function () {
                source.select();
                if (status) { status.textContent = "Seleziona il testo e copialo."; }
            });
        });
    });
})();
