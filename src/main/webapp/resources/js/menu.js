// The header's menu (WEB-INF/templates/layout.xhtml): each area's button shows and hides its links,
// and on a phone one menu button shows the areas and the account's tools. A file of its own, not an
// inline script: the pages' Content-Security-Policy runs only this site's scripts.
//
// Disclosures as WAI-ARIA's navigation menu pattern has them: buttons with aria-expanded, which the
// style sheet reads; one area open at a time; Escape closes and gives the focus back to the button;
// a click elsewhere closes. Whether the page is in its phone layout is read from the style sheet
// (the menu button is shown), so that the width at which it changes is written once.
(function () {
  'use strict';

  function expanded(button) {
    return button.getAttribute('aria-expanded') === 'true';
  }

  function setExpanded(button, open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  function init() {
    var header = document.querySelector('.app-header');
    var menuButton = document.getElementById('menuButton');
    if (!header || !menuButton) {
      return;
    }
    var areaButtons = Array.prototype.slice.call(header.querySelectorAll('.area-toggle'));
    var phone = function () {
      return getComputedStyle(menuButton).display !== 'none';
    };
    var closeAreas = function (except) {
      areaButtons.forEach(function (button) {
        if (button !== except) {
          setExpanded(button, false);
        }
      });
    };
    var openArea = function (button) {
      closeAreas(button);
      setExpanded(button, true);
    };

    setExpanded(menuButton, false);
    areaButtons.forEach(function (button) {
      setExpanded(button, false);
      button.addEventListener('click', function () {
        if (expanded(button)) {
          setExpanded(button, false);
        } else {
          openArea(button);
        }
      });
      // On a wide screen an area is a drop-down: it closes once the focus has left it.
      button.parentNode.addEventListener('focusout', function (event) {
        if (!phone() && !button.parentNode.contains(event.relatedTarget)) {
          setExpanded(button, false);
        }
      });
    });

    // On a phone the menu opens on the area of the page shown (or the only one).
    menuButton.addEventListener('click', function () {
      var open = !expanded(menuButton);
      setExpanded(menuButton, open);
      if (open) {
        var current = header.querySelector('.area.current > .area-toggle') || areaButtons[0];
        if (current && (areaButtons.length === 1 || !areaButtons.some(expanded))) {
          openArea(current);
        }
      }
    });

    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') {
        return;
      }
      var area = document.activeElement && document.activeElement.closest('.area');
      var areaButton = area && area.querySelector('.area-toggle');
      if (areaButton && expanded(areaButton) && !phone()) {
        setExpanded(areaButton, false);
        areaButton.focus();
      } else if (phone() && expanded(menuButton)) {
        setExpanded(menuButton, false);
        menuButton.focus();
      } else {
        closeAreas(null);
      }
    });

    document.addEventListener('click', function (event) {
      if (!header.contains(event.target)) {
        closeAreas(null);
        setExpanded(menuButton, false);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
