// O and X answer through the page's remote command (one request per statement), Next swaps in the
// statement the answer's response brought along, keys O, X and Enter do the same; the timer only
// shows what the server keeps.
(function () {
  function visible(selector) {
    return Array.prototype.find.call(document.querySelectorAll(selector), function (element) {
      return element.offsetParent !== null && !element.disabled;
    });
  }

  function answer(button) {
    var box = button.closest('.ox');
    var card = button.closest('.statement-card');
    var send = window[box.dataset.form + 'Answer'];
    if (!send || box.dataset.sending) {
      return;
    }
    box.dataset.sending = 'true';
    box.querySelectorAll('button').forEach(function (b) {
      b.disabled = true;
      b.classList.add('ui-state-disabled');
    });
    send([{name: 'key', value: card.dataset.key}, {name: 'given', value: button.dataset.given}]);
  }

  function next(button) {
    var form = button.dataset.form;
    var upcoming = document.getElementById(form + ':upcoming');
    var card = button.closest('.statement-card');
    if (!upcoming || !card) {
      return;
    }
    card.replaceWith(upcoming.content.cloneNode(true));
    upcoming.remove();
    var heading = document.getElementById(form + ':number');
    if (heading) {
      heading.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest('button');
    if (!target) {
      return;
    }
    if (target.classList.contains('ox-button')) {
      answer(target);
    } else if (target.classList.contains('quiz-next')) {
      next(target);
    }
  });

  function press(selector) {
    var button = visible(selector);
    if (button) {
      button.click();
      return true;
    }
    return false;
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.altKey || event.metaKey
        || (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA'))) {
      return;
    }
    var key = event.key.toLowerCase();
    if ((key === 'o' && press('.ox-button.ox-o')) || (key === 'x' && press('.ox-button.ox-x'))
        || (key === 'enter' && (press('.quiz-next') || press('.quiz-finish')))) {
      event.preventDefault();
    }
  });

  var deadline = null;
  function tick() {
    var timer = document.querySelector('.quiz-status .timer');
    if (!timer) {
      return;
    }
    if (timer.dataset.started !== timer.dataset.seconds) {
      timer.dataset.started = timer.dataset.seconds;
      deadline = Date.now() + Number(timer.dataset.seconds) * 1000;
    }
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    timer.querySelector('.left').textContent =
        Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    timer.classList.toggle('urgent', left <= 60);
    if (left === 0 && !timer.dataset.closing) {
      // The server closes the attempt once its few seconds of grace are over: show the result.
      timer.dataset.closing = 'true';
      setTimeout(function () {
        window.location.reload();
      }, 7000);
    }
  }
  setInterval(tick, 1000);
  document.addEventListener('DOMContentLoaded', tick);
})();
