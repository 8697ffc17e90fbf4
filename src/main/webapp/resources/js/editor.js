// The quiz editor (trainer/edit.xhtml). A file of its own, not an inline script: the pages'
// Content-Security-Policy runs only scripts from this site and PrimeFaces' own, which carry a nonce.

// Problems are listed at the top of the page; a trainer who saved at the bottom is taken there.
function cheongnabiShowProblems() {
  var messages = document.getElementById('messages');
  if (messages && messages.querySelector('.ui-messages-error')) {
    messages.scrollIntoView({block: 'start'});
  }
}
