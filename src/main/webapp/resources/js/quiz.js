// O and X answer one statement per request: on the learner's page a small JSON call whose reply
// fills the outcome box (the quiz's data-answers address), in the author's preview the page's remote
// command. Next swaps in the first statement waiting in a template, keys O, X and Enter do the same;
// the timer only shows what the server keeps.
(function () {
  function visible(selector) {
    return Array.prototype.find.call(document.querySelectorAll(selector), function (element) {
      return element.offsetParent !== null && !element.disabled;
    });
  }

  function enable(box, enabled) {
    if (enabled) {
      delete box.dataset.sending;
    } else {
      box.dataset.sending = 'true';
    }
    box.querySelectorAll('button').forEach(function (b) {
      b.disabled = !enabled;
      b.classList.toggle('ui-state-disabled', !enabled);
    });
  }

  function problem(quiz, text) {
    quiz.querySelector('.quiz-problem').textContent = text;
  }

  function answer(button) {
    var box = button.closest('.ox');
    var card = button.closest('.statement-card');
    var quiz = button.closest('.learner-quiz');
    if (box.dataset.sending) {
      return;
    }
    if (quiz.dataset.answers) {
      enable(box, false);
      post(quiz, card, box, button.dataset.given === 'true');
      return;
    }
    var send = window[box.dataset.form + 'Answer'];
    if (send) {
      enable(box, false);
      send([{name: 'key', value: card.dataset.key}, {name: 'given', value: button.dataset.given}]);
    }
  }

  function post(quiz, card, box, given) {
    fetch(quiz.dataset.answers, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({key: card.dataset.key, given: given, language: quiz.dataset.language})
    }).then(function (response) {
      if (response.status === 401) {
        // The session expired: signing in again comes back to this statement, still unanswered.
        window.location.reload();
        return null;
      }
      return response.json().then(function (body) {
        return {ok: response.ok, body: body};
      });
    }).then(function (reply) {
      if (!reply) {
        return;
      }
      if (!reply.ok) {
        problem(quiz, reply.body.problem || quiz.dataset.notSent);
        enable(box, true);
      } else if (reply.body.finished) {
        // Its time ran out, or another tab finished it: the page shows the result.
        window.location.reload();
      } else {
        show(quiz, card, box, reply.body);
      }
    }).catch(function () {
      problem(quiz, quiz.dataset.notSent);
      enable(box, true);
    });
  }

  function show(quiz, card, box, reply) {
    var outcome = document.getElementById(quiz.dataset.form + ':outcomeBox')
        .content.firstElementChild.cloneNode(true);
    outcome.classList.add(reply.right ? 'right' : 'wrong', reply.correct ? 'correct-o' : 'correct-x');
    if (reply.feedback) {
      outcome.querySelector('.feedback').innerHTML = reply.feedback;
    }
    if (reply.explanation) {
      outcome.classList.add('has-explanation');
      outcome.querySelector('.explanation-text').innerHTML = reply.explanation;
    }
    problem(quiz, '');
    box.replaceWith(outcome);
    card.dataset.answered = 'true';
    quiz.classList.toggle('all-answered', reply.allAnswered);
    progress(quiz, reply.answered, reply.total);
    var go = visible('.quiz-next') || visible('.quiz-finish');
    if (go) {
      go.focus();
    }
  }

  function progress(quiz, answered, total) {
    var bar = quiz.querySelector('.ui-progressbar');
    var percent = Math.floor(answered * 100 / total);
    var value = bar.querySelector('.ui-progressbar-value');
    value.style.width = percent + '%';
    bar.querySelector('.ui-progressbar-label').textContent = answered + ' / ' + total;
  }

  function next(button) {
    var quiz = button.closest('.learner-quiz');
    var upcoming = quiz.querySelector('template.upcoming');
    var card = button.closest('.statement-card');
    if (!upcoming || !card) {
      return;
    }
    card.replaceWith(upcoming.content.cloneNode(true));
    upcoming.remove();
    var heading = document.getElementById(quiz.dataset.form + ':number');
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
