/* Search box autocomplete: an ARIA 1.2 combobox with a listbox of page titles.
 * Enhancement only: without JavaScript the form submits to /cerca/ as usual.
 * Applies to the header box (#site-search-q) and the search page box (#id_q). */
(function () {
  "use strict";

  var ENDPOINT = "/cerca/suggerimenti/";
  var DELAY = 150;
  var counter = 0;

  function ensureStylesheet() {
    if (document.querySelector('link[href$="/css/search.css"]')) return;
    var script = document.querySelector('script[src$="/js/search.js"]');
    if (!script) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = script.getAttribute("src").replace(/js\/search\.js$/, "css/search.css");
    document.head.appendChild(link);
  }

  function enhance(input) {
    if (!input || input.dataset.searchEnhanced) return;
    input.dataset.searchEnhanced = "1";
    counter += 1;
    var listId = "search-suggestions-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggerimenti");
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var items = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function select(index) {
      var options = list.querySelectorAll('[role="option"]');
      active = index;
      for (var i = 0; i < options.length; i += 1) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function go(index) {
      if (items[index] && items[index].url) window.location.assign(items[index].url);
    }

    function render(results) {
      list.textContent = "";
      items = results;
      active = -1;
      if (!results.length) {
        close();
        status.textContent = "Nessun suggerimento.";
        return;
      }
      results.forEach(function (result, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = result.title;
        if (result.type) {
          var type = document.createElement("span");
          type.className = "search-suggestions__type";
          type.textContent = "(" + result.type + ")";
          option.appendChild(type);
        }
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { go(index); });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = results.length === 1 ? "1 suggerimento." : results.length + " suggerimenti.";
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < 2) { close(); return; }
      if (controller) controller.abort();
      controller = "AbortController" in window ? new AbortController() : null;
      fetch(ENDPOINT + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (input.value.trim() === query) render(data.results || []); })
        .catch(function () { /* offline or aborted: the form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        if (list.hidden) { lastQuery = ""; fetchSuggestions(); return; }
        event.preventDefault();
        select(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp") {
        if (list.hidden) return;
        event.preventDefault();
        select(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0) { event.preventDefault(); go(active); }
      } else if (event.key === "Escape") {
        if (!list.hidden) { event.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
  }

  function init() {
    ensureStylesheet();
    enhance(document.getElementById("site-search-q"));
    enhance(document.getElementById("id_q"));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
