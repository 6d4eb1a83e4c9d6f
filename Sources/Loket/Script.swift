/// The page's only script, served by the tool itself at `/static/loket.js` (the policy allows
/// scripts from this origin only, none inline). It adds the live preview to the client forms; a
/// page without it is a plain form that still works (its second button shows the first page).
enum Script {
    static let path = "/static/loket.js"

    /// Shortly after typing stops, the form goes to `/…/voorbeeld` in a POST body (client data
    /// never in a URL), one request per page, and the PNGs are shown from `blob:` URLs that are
    /// revoked when replaced. A form that is not yet valid gives its Dutch messages in the polite
    /// status line instead of the pictures.
    static let javaScript = #"""
        "use strict";
        (function () {
          var form = document.querySelector("form[data-voorbeeld]");
          var area = document.getElementById("voorbeeld");
          if (!form || !area || !window.fetch || !window.URLSearchParams) return;
          var status = document.getElementById("voorbeeld-status");
          var pages = area.querySelector(".bladzijden");
          var address = form.getAttribute("data-voorbeeld");
          var title = form.getAttribute("data-titel") || "het document";
          // Long enough that a typist is not interrupted, short enough to feel live.
          var delay = 400;
          var timer = null;
          var running = null;
          var shownURLs = [];

          area.hidden = false;
          form.classList.add("met-voorbeeld");

          // A polite live region repeats nothing: the same text is not set again.
          function say(text) {
            if (status.textContent !== text) status.textContent = text;
          }

          function requestPage(number, signal) {
            var fields = new URLSearchParams(new FormData(form));
            fields.set("pagina", String(number));
            return fetch(address, { method: "POST", body: fields, signal: signal, cache: "no-store",
                                    credentials: "same-origin" });
          }

          function show(blobs) {
            var previous = shownURLs;
            shownURLs = [];
            var images = blobs.map(function (blob, index) {
              var image = document.createElement("img");
              var url = URL.createObjectURL(blob);
              shownURLs.push(url);
              image.src = url;
              image.alt = blobs.length > 1
                ? "Voorbeeld van " + title + ", bladzijde " + (index + 1) + " van " + blobs.length
                : "Voorbeeld van " + title;
              return image;
            });
            pages.replaceChildren.apply(pages, images);
            previous.forEach(function (url) { URL.revokeObjectURL(url); });
            say(blobs.length > 1 ? "Het voorbeeld is bijgewerkt: " + blobs.length + " bladzijden."
                                 : "Het voorbeeld is bijgewerkt.");
          }

          function clear() {
            pages.replaceChildren();
            shownURLs.forEach(function (url) { URL.revokeObjectURL(url); });
            shownURLs = [];
          }

          // The server's answer is the form page with its messages (422) or a short message page
          // (503, 400): its words are read from it, so they are written once, in Swift.
          function problem(response) {
            return response.text().then(function (html) {
              var page = new DOMParser().parseFromString(html, "text/html");
              var items = Array.prototype.map.call(page.querySelectorAll(".samenvatting li"), function (item) {
                return item.textContent.trim();
              });
              var message = page.querySelector("main p");
              clear();
              say(items.length ? "Nog geen voorbeeld. " + items.join(" ")
                               : (message ? message.textContent.trim() : "Het voorbeeld kon niet gemaakt worden."));
            });
          }

          function update() {
            clearTimeout(timer);
            if (running) running.abort();
            var controller = new AbortController();
            running = controller;
            area.setAttribute("aria-busy", "true");
            var blobs = [];
            function next(number, count) {
              if (number > count) return Promise.resolve(show(blobs));
              return requestPage(number, controller.signal).then(function (response) {
                if (!response.ok) return problem(response);
                var total = parseInt(response.headers.get("X-Page-Count"), 10) || 1;
                return response.blob().then(function (blob) {
                  blobs.push(blob);
                  return next(number + 1, total);
                });
              });
            }
            next(1, 1).catch(function (error) {
              if (error.name !== "AbortError") say("Het voorbeeld kon niet gemaakt worden. Probeer het opnieuw.");
            }).then(function () {
              if (running === controller) {
                running = null;
                area.removeAttribute("aria-busy");
              }
            });
          }

          function later() {
            clearTimeout(timer);
            timer = setTimeout(update, delay);
          }

          form.addEventListener("input", later);
          form.addEventListener("change", later);
          // With the script the second button updates the preview here instead of opening the PNG.
          var button = form.querySelector("button[formaction]");
          if (button) {
            button.addEventListener("click", function (event) {
              event.preventDefault();
              update();
            });
          }
          // A form that comes back with values (after a message, or the browser's Back) shows them.
          var filled = Array.prototype.some.call(form.elements, function (field) {
            return (field.tagName === "INPUT" || field.tagName === "TEXTAREA") && field.value.trim() !== "";
          });
          if (filled) update();
        })();
        """#
}
