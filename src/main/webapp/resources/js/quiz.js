// O and X answer one statement per request: on the learner's page a small JSON call whose reply
// fills the outcome box (the quiz's data-answers address), in the author's preview the page's remote
// command. Next swaps in the first statement waiting in a template, keys O, X and Enter do the same;
// the timer only shows what the server keeps.
//
// The learner's page (me/quiz.xhtml) is drawn here: it carries the attempt as data (data-attempt, see
// AttemptJson) and templates; draw() puts the statement on show in the page and the others not
// answered yet in templates for Next, and the finish is a JSON call (data-finish) whose reply, the
// finished attempt, result() draws. The author's preview is drawn by the server instead.
(function () {
  function clone(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
  }

  function caseLink(element, address) {
    var link = element.querySelector('.case-link');
    if (address) {
      link.querySelector('a').href = address;
    } else {
      link.remove();
    }
  }

  function card(quiz, statement) {
    var form = quiz.dataset.form;
    var section = clone(form + ':statementCard');
    section.dataset.key = statement.key;
    section.dataset.answered = String(statement.answered);
    section.querySelector('.statement-number').textContent = statement.heading;
    var text = section.querySelector('.statement');
    text.innerHTML = statement.text;
    text.lang = statement.lang;
    if (statement.answered) {
      section.querySelector('.ox').replaceWith(outcome(quiz, statement));
    }
    caseLink(section, statement.caseAddress);
    return section;
  }

  function draw(quiz) {
    var data = JSON.parse(quiz.dataset.attempt);
    if (data.finished) {
      result(quiz, data);
      return;
    }
    progress(quiz, data.answered, data.total);
    quiz.classList.toggle('all-answered', data.allAnswered);
    var timer = quiz.querySelector('.timer');
    if (data.remainingSeconds >= 0) {
      timer.dataset.seconds = String(data.remainingSeconds);
      timer.hidden = false;
    } else {
      timer.remove();
    }
    var body = quiz.querySelector('.quiz-body');
    body.appendChild(card(quiz, data.statements[data.shown]));
    data.statements.forEach(function (statement, i) {
      if (i !== data.shown && !statement.answered) {
        var upcoming = document.createElement('template');
        upcoming.className = 'upcoming';
        upcoming.dataset.key = statement.key;
        upcoming.content.appendChild(card(quiz, statement));
        body.appendChild(upcoming);
      }
    });
  }

  function result(quiz, data) {
    var form = quiz.dataset.form;
    var section = clone(form + ':result');
    section.classList.add(data.result.passed ? 'passed' : 'failed');
    if (!data.result.timeRanOut) {
      section.querySelector('.time-ran-out').remove();
    }
    section.querySelector('.score').textContent = data.result.score;
    var review = section.querySelector('.review');
    data.statements.forEach(function (statement) {
      var item = clone(form + ':reviewItem');
      item.classList.add(statement.right ? 'right' : 'wrong');
      var text = item.querySelector('.statement');
      text.innerHTML = statement.text;
      text.lang = statement.lang;
      item.querySelector('.verdict').textContent = statement.verdict;
      if (statement.explanation) {
        item.querySelector('.explanation').innerHTML = statement.explanation;
      } else {
        item.querySelector('.explanation').remove();
      }
      caseLink(item, statement.caseAddress);
      review.appendChild(item);
    });
    var again = section.querySelector('[name="quiz"]');
    if (data.result.retry) {
      again.value = data.quiz;
    } else {
      again.remove();
    }
    quiz.querySelectorAll('.quiz-status, .quiz-finish, template.upcoming').forEach(function (e) {
      e.remove();
    });
    problem(quiz, '');
    quiz.querySelector('.quiz-body').replaceChildren(section);
    var heading = section.querySelector('h2');
    heading.tabIndex = -1;
    heading.focus();
  }

  function finish(quiz, button) {
    if (quiz.dataset.finishing) {
      return;
    }
    quiz.dataset.finishing = 'true';
    button.disabled = true;
    send(quiz, quiz.dataset.finish, {language: quiz.dataset.language}, function (reply) {
      result(quiz, reply);
    }, function () {
      delete quiz.dataset.finishing;
      button.disabled = false;
    });
  }

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
    send(quiz, quiz.dataset.answers,
        {key: card.dataset.key, given: given, language: quiz.dataset.language},
        function (reply) {
          if (reply.finished) {
            // Its time ran out, or another tab finished it: the page shows the result.
            window.location.reload();
          } else {
            show(quiz, card, box, reply);
          }
        }, function () {
          enable(box, true);
        });
  }

  // A JSON call of the quiz page: done(reply) when answered, else the page says what went wrong and
  // failed() lets the learner press again. An expired session reloads the page: signing in again
  // comes back to the same statement.
  function send(quiz, address, body, done, failed) {
    fetch(address, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 401) {
        window.location.reload();
        return null;
      }
      return response.json().then(function (json) {
        return {ok: response.ok, body: json};
      });
    }).then(function (reply) {
      if (!reply) {
        return;
      }
      if (reply.ok) {
        done(reply.body);
      } else {
        problem(quiz, reply.body.problem || quiz.dataset.notSent);
        failed();
      }
    }).catch(function () {
      problem(quiz, quiz.dataset.notSent);
      failed();
    });
  }

  function outcome(quiz, reply) {
    var box = clone(quiz.dataset.form + ':outcomeBox');
    box.classList.add(reply.right ? 'right' : 'wrong', reply.correct ? 'correct-o' : 'correct-x');
    if (reply.feedback) {
      box.querySelector('.feedback').innerHTML = reply.feedback;
    }
    if (reply.explanation) {
      box.classList.add('has-explanation');
      box.querySelector('.explanation-text').innerHTML = reply.explanation;
    }
    return box;
  }

  function show(quiz, card, box, reply) {
    problem(quiz, '');
    box.replaceWith(outcome(quiz, reply));
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
    bar.setAttribute('aria-valuenow', String(percent));
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
    } else if (target.classList.contains('quiz-finish')) {
      var quiz = target.closest('.learner-quiz');
      if (quiz && quiz.dataset.finish) {
        finish(quiz, target);
      }
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
  function start() {
    document.querySelectorAll('.learner-quiz[data-attempt]').forEach(draw);
    tick();
  }
  setInterval(tick, 1000);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
