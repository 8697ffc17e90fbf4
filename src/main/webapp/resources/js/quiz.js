// O and X keys answer, Enter goes on; the timer only shows what the server keeps.
(function () {
  function click(id) {
    var button = document.getElementById(id);
    if (button && !button.disabled) {
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
    if ((key === 'o' && click('take:yes')) || (key === 'x' && click('take:no'))
        || (key === 'enter' && (click('take:next') || click('take:finish')))) {
      event.preventDefault();
    }
  });
  var deadline = null;
  function tick() {
    var timer = document.getElementById('take:timer');
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
  }
  setInterval(tick, 1000);
  document.addEventListener('DOMContentLoaded', tick);
})();
