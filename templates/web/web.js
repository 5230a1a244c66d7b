/* pepqa serve: progressive enhancement only. Without this script the form upload works as it is.
   Adds: drop a file anywhere on the drop zone to check it; a "checking" message while it uploads;
   no double submission. No data leaves the page except through the form itself. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    var form = document.getElementById("upload-form");
    var input = document.getElementById("pep");
    var drop = document.getElementById("drop");
    var status = document.getElementById("status");
    var button = document.getElementById("check-button");
    if (!form || !input || !drop) { return; }
    form.addEventListener("submit", function () {
      if (!input.files || !input.files.length) { return; }
      status.textContent = "Checking the PEP. This takes a few seconds\u2026";
      window.setTimeout(function () { button.disabled = true; }, 0);
    });
    window.addEventListener("pageshow", function () { button.disabled = false; status.textContent = ""; });
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("dragging"); });
    });
    ["dragleave", "dragend"].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove("dragging"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("dragging");
      if (!e.dataTransfer || !e.dataTransfer.files || e.dataTransfer.files.length !== 1) {
        status.textContent = "Please drop one PEP file.";
        return;
      }
      input.files = e.dataTransfer.files;
      if (form.requestSubmit) { form.requestSubmit(button); } else { form.submit(); }
    });
  });
})();
