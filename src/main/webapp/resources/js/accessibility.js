// Pieces of PrimeFaces 15 markup that assistive technology misreads, repaired when the page
// loads and after each Ajax update (axe-core checks both in the browser tests):
// - its file inputs (p:fileUpload, every mode) carry aria-hidden="true", although the input is the
//   control that takes the focus and the one its label names (aria-hidden-focus); the advanced
//   mode's input, which has no label, is named after its Choose button;
// - p:messages writes each message as <li role="alert">, which is then no item of its list (list);
//   the messages' box is a polite live region already, so the messages are still read out;
// - p:selectOneMenu's list of choices (role="listbox", drawn when the menu first opens) has no
//   name (aria-input-field-name): it takes the name of the menu's hidden select, or of its label;
//   and a long list scrolls in a box that the keyboard cannot reach (scrollable-region-focusable):
//   the box takes the focus (Tab still closes the menu, as PrimeFaces does).
(function () {
  var CHOICES = '.ui-selectonemenu-items[role=listbox]:not([aria-label])';

  function nameChoices(root) {
    var lists = root.matches && root.matches(CHOICES) ? [root] : root.querySelectorAll(CHOICES);
    lists.forEach(function (list) {
      var menu = list.id.replace(/_items$/, '');
      var input = document.getElementById(menu + '_input');
      var label = document.querySelector('label[for="' + menu + '_label"] .ui-outputlabel-label');
      var name = (input && input.getAttribute('aria-label')) || (label && label.textContent.trim());
      if (name) {
        list.setAttribute('aria-label', name);
      }
      var box = list.closest('.ui-selectonemenu-items-wrapper');
      if (box && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
      }
    });
  }

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
    nameChoices(document);
  }

  document.addEventListener('DOMContentLoaded', repair);
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        if (node.nodeType === 1) {
          nameChoices(node);
        }
      });
    });
  }).observe(document.documentElement, {childList: true, subtree: true});
  window.addEventListener('load', repair);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', repair);
  }
})();
