// PrimeFaces 15 writes its file inputs (p:fileUpload, every mode) with aria-hidden="true", although
// the input is the control that takes the focus and the one its label names: a screen reader would
// land on a field it is told does not exist (axe-core: aria-hidden-focus). Undone when the page
// loads and after each Ajax update.
(function () {
  function showFileInputs() {
    document.querySelectorAll('input[type=file][aria-hidden]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
    });
  }

  document.addEventListener('DOMContentLoaded', showFileInputs);
  window.addEventListener('load', showFileInputs);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', showFileInputs);
  }
})();
