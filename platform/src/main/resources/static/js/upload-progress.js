// SPDX-License-Identifier: EUPL-1.2
// Shows upload progress (bytes sent) while the browser posts the form; the server then redirects to the job page.
document.getElementById('upload-form').addEventListener('submit', function (event) {
  var form = event.target, bar = document.getElementById('upload-progress');
  if (!window.XMLHttpRequest || !window.FormData) { return; }
  event.preventDefault();
  var request = new XMLHttpRequest();
  request.open('POST', form.action);
  request.setRequestHeader('Accept', 'text/html');
  request.upload.addEventListener('progress', function (e) {
    if (e.lengthComputable) { bar.hidden = false; bar.value = Math.round(e.loaded * 100 / e.total); }
  });
  request.addEventListener('load', function () {
    if (request.responseURL && request.status < 400) { window.location = request.responseURL; }
    else { document.open(); document.write(request.responseText); document.close(); }
  });
  request.send(new FormData(form));
});
