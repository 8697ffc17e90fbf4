// Two pieces of PrimeFaces 15 markup that assistive technology misreads, repaired when the page
// loads and after each Ajax update (axe-core checks both in the browser tests):
// - its file inputs (p:fileUpload, every mode) carry aria-hidden="true", although the input is the
//   control that takes the focus and the one its label names (aria-hidden-focus); the advanced
//   mode's input, which has no label, is named after its Choose button;
// - p:messages writes each message as <li role="alert">, which is then no item of its list (list);
//   the messages' box is a polite live region already, so the messages are still read out.
(function () {
  function repair() {
    document.querySelectorAll('input[type=file][aria-hidden]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
      var button = input.closest('.ui-fileupload-choose');
      if (button && !input.labels.length) {
        input.setAttribute('aria-label', button.textContent.trim());
      }
    });
    document.querySelectorAll('.ui-messages li[role=alert]').forEach(function (item) {
      item.removeAttribute('role');
    });
  }

  document.addEventListener('DOMContentLoaded', repair);
  window.addEventListener('load', repair);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', repair);
  }
})();
