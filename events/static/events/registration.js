// Progressive enhancement for the registration form: the form works without
// this file. It stops a second submission while the first is on its way and
// moves focus to the error summary when the page comes back with errors.
(function () {
  "use strict";
  var summary = document.getElementById("form-notice");
  if (summary) {
    summary.focus();
  }
  var forms = document.querySelectorAll("[data-registration-form]");
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.submitting === "true") {
        event.preventDefault();
        return;
      }
      form.dataset.submitting = "true";
      var button = form.querySelector("button[type=submit]");
      if (button) {
        button.setAttribute("aria-disabled", "true");
      }
    });
  });
})();
