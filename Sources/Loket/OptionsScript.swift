/// The script of the kompas and strip pages: the preview follows the options as they are chosen.
/// Without it the page works the same; "Bekijk het voorbeeld" then reloads the page with the
/// options in its address (they are never client data).
enum OptionsScript {
    static let path = "/static/opties.js"

    static let javaScript = """
        (function () {
          var form = document.querySelector("form[data-opties]");
          var image = document.querySelector("img[data-voorbeeld-opties]");
          if (!form || !image || !window.URLSearchParams || !window.FormData) return;
          var page = form.getAttribute("data-opties");
          Array.prototype.forEach.call(form.querySelectorAll("[data-zonder-script]"), function (button) {
            button.hidden = true;
          });
          var section = image.closest("section");
          var timer = null;
          function query() {
            var fields = new URLSearchParams();
            new FormData(form).forEach(function (value, name) {
              if (name !== "dpi" && name !== "formaat") fields.append(name, value);
            });
            return fields.toString();
          }
          // The same words as the server's alt text: each option's label with the value chosen.
          function description() {
            var parts = [];
            Array.prototype.forEach.call(form.querySelectorAll("[data-optie]"), function (field) {
              var label = field.getAttribute("data-optie");
              if (field.tagName === "SELECT") parts.push(label + ": " + field.options[field.selectedIndex].text);
              else if (field.type === "checkbox") parts.push(label + ": " + (field.checked ? "ja" : "nee"));
              else parts.push(label + ": " + field.value);
            });
            return "Voorbeeld – " + parts.join(", ");
          }
          function update() {
            var options = query();
            var address = page + "/voorbeeld" + (options ? "?" + options : "");
            if (image.getAttribute("src") === address) return;
            if (section) section.setAttribute("aria-busy", "true");
            image.src = address;
            image.alt = description();
            history.replaceState(null, "", page + (options ? "?" + options : ""));
          }
          image.addEventListener("load", function () { if (section) section.removeAttribute("aria-busy"); });
          image.addEventListener("error", function () { if (section) section.removeAttribute("aria-busy"); });
          function later(event) {
            if (event.target && event.target.name === "dpi") return;
            clearTimeout(timer);
            timer = setTimeout(update, event.type === "change" ? 0 : 400);
          }
          form.addEventListener("change", later);
          form.addEventListener("input", later);
        })();
        """
}
