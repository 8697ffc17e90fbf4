// An integrity survey's page: keeps the answers given so far in this browser only (localStorage,
// under the form's data-survey-draft key), puts them back when the page is opened again, counts
// the answered items, and forgets the draft once the response has been sent (data-survey-sent).
// Nothing is sent to the server before "Send": a draft on the server could tie a person to their
// answers.
(function () {
  'use strict';

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  var store = storage();
  var sent = document.querySelector('[data-survey-sent]');
  if (sent && store) {
    store.removeItem(sent.getAttribute('data-survey-sent'));
  }

  var form = document.querySelector('form[data-survey-draft]');
  if (!form) {
    return;
  }
  var key = form.getAttribute('data-survey-draft');
  var draft = {};
  if (store) {
    try {
      draft = JSON.parse(store.getItem(key) || '{}') || {};
    } catch (e) {
      draft = {};
    }
  }
  Object.keys(draft).forEach(function (name) {
    var input = form.querySelector(
      'input[type="radio"][name="' + CSS.escape(name) + '"][value="' + CSS.escape(String(draft[name])) + '"]');
    if (input) {
      input.checked = true;
    }
  });

  var progress = form.querySelector('[data-survey-progress]');
  function count() {
    if (!progress) {
      return;
    }
    var answered = {};
    form.querySelectorAll('input[type="radio"]:checked').forEach(function (input) {
      answered[input.name] = true;
    });
    progress.textContent = progress.getAttribute('data-survey-progress')
      .replace('{0}', Object.keys(answered).length)
      .replace('{1}', progress.getAttribute('data-survey-total'));
  }

  form.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'radio') {
      return;
    }
    draft[input.name] = input.value;
    if (store) {
      try {
        store.setItem(key, JSON.stringify(draft));
      } catch (e) {
        // A full or refused storage only loses the resume; the answers on the page still count.
      }
    }
    var item = input.closest('.survey-item');
    if (item) {
      item.classList.add('answered');
    }
    count();
  });
  form.querySelectorAll('input[type="radio"]:checked').forEach(function (input) {
    input.closest('.survey-item').classList.add('answered');
  });
  count();
})();
