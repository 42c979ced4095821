// First-visit language suggestion: show the offer of the browser's preferred language (if the page
// exists in it and is not already in it), until the reader chooses. The choice is kept in Django's
// language cookie, the only cookie written here; following the offer or closing it both set it.
(function () {
  "use strict";
  var slot = document.querySelector("[data-language-suggestions]");
  if (!slot || !("content" in document.createElement("template"))) return;
  var cookieName = slot.getAttribute("data-cookie-name");
  if (document.cookie.split(/;\s*/).some(function (part) { return part.indexOf(cookieName + "=") === 0; })) return;
  var supported = slot.getAttribute("data-supported").split(" ");
  var current = (document.documentElement.getAttribute("lang") || "").toLowerCase();
  var wanted = null;
  var preferences = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  for (var i = 0; i < preferences.length && wanted === null; i++) {
    var code = String(preferences[i]).toLowerCase().split("-")[0];
    if (supported.indexOf(code) !== -1) wanted = code;
  }
  if (wanted === null || wanted === current) return;
  var template = slot.querySelector('template[data-language="' + wanted + '"]');
  if (!template) return;

  function remember(code) {
    var secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = cookieName + "=" + code + "; path=/; max-age=31536000; SameSite=Lax" + secure;
  }

  slot.appendChild(template.content.cloneNode(true));
  var offer = slot.querySelector(".language-suggestion");
  offer.querySelector("[data-language-choose]").addEventListener("click", function () { remember(wanted); });
  offer.querySelector("[data-language-dismiss]").addEventListener("click", function () {
    remember(current);
    offer.remove();
  });
})();
