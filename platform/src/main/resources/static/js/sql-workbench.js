// SPDX-License-Identifier: EUPL-1.2
// The SQL workbench (/datalab/sql): runs the editor's SELECT through /datalab/sql/run (the session's handlers of
// POST /v1/query), pages through the answer, cancels a run by its run id, marks an error at its line and column,
// exports the whole answer, lists the readable tables and (signed in) the history. Labels come from data-label-*
// attributes of <main>, in the page's language.
(function () {
  'use strict';
  var main = document.querySelector('main.sql-workbench');
  if (!main) {
    return;
  }
  var base = main.dataset.base;
  var pageSize = parseInt(main.dataset.pageSize, 10) || 100;
  var editor = document.getElementById('sql');
  var runButton = document.getElementById('run');
  var cancelButton = document.getElementById('cancel');
  var status = document.getElementById('status');
  var errorBox = document.getElementById('error');
  var table = document.getElementById('result');
  var previous = document.getElementById('previous');
  var next = document.getElementById('next');
  var saveLink = document.getElementById('save-link');
  var current = null; // {sql, offset, runId}
  var escaped = false;

  function label(name, values) {
    var text = main.dataset['label' + name.charAt(0).toUpperCase() + name.slice(1)] || '';
    (values || []).forEach(function (value, i) {
      text = text.split('{' + i + '}').join(String(value));
    });
    return text;
  }

  function headers(json) {
    var h = {'Accept': 'application/json'};
    if (json) {
      h['Content-Type'] = 'application/json';
    }
    if (main.dataset.csrf) {
      h[main.dataset.csrfHeader] = main.dataset.csrf;
    }
    return h;
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0;
      return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
    });
  }

  function updateSaveLink() {
    saveLink.href = main.dataset.saveBase + '?sql=' + encodeURIComponent(editor.value);
  }

  // Tab indents; Esc first lets Tab leave the field (WCAG 2.1.2, no keyboard trap); Ctrl+Enter runs.
  editor.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run(0);
      return;
    }
    if (event.key === 'Escape') {
      escaped = true;
      return;
    }
    if (event.key === 'Tab' && !escaped && !event.shiftKey) {
      event.preventDefault();
      var start = editor.selectionStart;
      editor.setRangeText('  ', start, editor.selectionEnd, 'end');
      updateSaveLink();
      return;
    }
    escaped = false;
  });
  editor.addEventListener('input', function () {
    updateSaveLink();
    clearError();
  });
  updateSaveLink();

  document.getElementById('query-form').addEventListener('submit', function (event) {
    event.preventDefault();
    run(0);
  });
  previous.addEventListener('click', function () {
    if (current) {
      run(Math.max(0, current.offset - pageSize), current.sql);
    }
  });
  next.addEventListener('click', function () {
    if (current) {
      run(current.offset + pageSize, current.sql);
    }
  });
  // Cancels the running run by its id. The DELETE can reach the server before the run has started there (404):
  // then it is tried again while the run is still waiting for its answer.
  function cancelRun(runId, attempt) {
    fetch(base + '/runs/' + runId, {method: 'DELETE', headers: headers(false), credentials: 'same-origin'})
      .then(function (response) {
        if (response.status === 404 && current && current.runId === runId && attempt < 20) {
          setTimeout(function () {
            cancelRun(runId, attempt + 1);
          }, 250);
        }
      });
  }

  cancelButton.addEventListener('click', function () {
    if (!current || !current.runId) {
      return;
    }
    status.textContent = label('cancelled');
    cancelRun(current.runId, 0);
  });

  function busy(on) {
    runButton.disabled = on;
    cancelButton.disabled = !on;
    main.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function run(offset, sql) {
    var text = sql === undefined ? editor.value : sql;
    var runId = uuid();
    current = {sql: text, offset: offset, runId: runId};
    clearError();
    busy(true);
    status.textContent = label('running');
    fetch(base + '/run', {
      method: 'POST', headers: headers(true), credentials: 'same-origin',
      body: JSON.stringify({sql: text, limit: pageSize, offset: offset, runId: runId})
    }).then(function (response) {
      return response.json().then(function (body) {
        return {ok: response.ok, body: body};
      });
    }).then(function (answer) {
      busy(false);
      current.runId = null;
      if (answer.ok) {
        show(answer.body, offset);
      } else {
        fail(answer.body, text);
      }
      loadHistory();
    }).catch(function (e) {
      busy(false);
      status.textContent = String(e);
    });
  }

  function show(answer, offset) {
    var head = table.querySelector('thead');
    var body = table.querySelector('tbody');
    head.textContent = '';
    body.textContent = '';
    var row = document.createElement('tr');
    answer.fields.forEach(function (field) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = field.name;
      var type = document.createElement('span');
      type.className = 'field-type';
      type.textContent = ' ' + field.type;
      th.appendChild(type);
      row.appendChild(th);
    });
    head.appendChild(row);
    answer.rows.forEach(function (values) {
      var tr = document.createElement('tr');
      values.forEach(function (value) {
        var td = document.createElement('td');
        if (value === null) {
          td.className = 'null';
          td.textContent = label('null');
        } else {
          td.textContent = typeof value === 'object' ? JSON.stringify(value) : String(value);
        }
        if (typeof value === 'number') {
          td.className = 'number';
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.hidden = false;
    var first = offset + 1;
    var last = offset + answer.rows.length;
    document.getElementById('result-caption').textContent =
        (answer.rows.length ? label('page', [first, last]) : label('noRows'));
    status.textContent = answer.rows.length
        ? label('rows', [first, last]) + (answer.more ? ' ' + label('more') : '')
        : label('noRows');
    previous.hidden = offset === 0;
    next.hidden = !answer.more;
  }

  function clearError() {
    errorBox.hidden = true;
    document.getElementById('error-context').hidden = true;
    editor.removeAttribute('aria-invalid');
    editor.removeAttribute('aria-errormessage');
  }

  // The problem's detail, and where it has a line and column: the caret in the editor on that place, the line
  // quoted with the place marked.
  function fail(problem, text) {
    status.textContent = '';
    table.hidden = true;
    previous.hidden = true;
    next.hidden = true;
    errorBox.hidden = false;
    document.getElementById('error-text').textContent = problem.detail || problem.title || '';
    var position = document.getElementById('error-position');
    var context = document.getElementById('error-context');
    position.textContent = '';
    context.textContent = '';
    context.hidden = true;
    editor.setAttribute('aria-invalid', 'true');
    editor.setAttribute('aria-errormessage', 'error');
    if (problem.line && problem.column && text === editor.value) {
      var lines = text.split('\n');
      var line = lines[problem.line - 1] || '';
      var column = problem.column - 1;
      position.textContent = label('position', [problem.line, problem.column]);
      context.appendChild(document.createTextNode(line.slice(0, column)));
      var mark = document.createElement('mark');
      mark.textContent = line.slice(column, column + 1) || ' ';
      context.appendChild(mark);
      context.appendChild(document.createTextNode(line.slice(column + 1)));
      context.hidden = false;
      var index = 0;
      for (var i = 0; i < problem.line - 1; i++) {
        index += lines[i].length + 1;
      }
      index += column;
      editor.focus();
      editor.setSelectionRange(index, Math.min(text.length, index + 1));
    }
  }

  document.getElementById('export').addEventListener('click', function () {
    var format = document.getElementById('export-format').value;
    var runId = uuid();
    current = {sql: editor.value, offset: 0, runId: runId};
    clearError();
    busy(true);
    status.textContent = label('exporting');
    fetch(base + '/export', {
      method: 'POST', headers: headers(true), credentials: 'same-origin',
      body: JSON.stringify({sql: editor.value, format: format, runId: runId})
    }).then(function (response) {
      busy(false);
      if (!response.ok) {
        return response.json().then(function (problem) {
          fail(problem, editor.value);
        });
      }
      return response.blob().then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'antwoord.' + format;
        document.body.appendChild(link);
        link.click();
        link.remove();
        status.textContent = '';
      });
    });
  });

  function loadTables() {
    var list = document.getElementById('tables');
    var tablesStatus = document.getElementById('tables-status');
    fetch(base + '/tables', {headers: headers(false), credentials: 'same-origin'})
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        list.textContent = '';
        tablesStatus.textContent = answer.items.length ? '' : label('tablesNone');
        answer.items.forEach(function (t) {
          var item = document.createElement('li');
          var details = document.createElement('details');
          var summary = document.createElement('summary');
          summary.textContent = t.title + ' ';
          var name = document.createElement('code');
          name.textContent = t.tableName;
          summary.appendChild(name);
          details.appendChild(summary);
          var insert = document.createElement('button');
          insert.type = 'button';
          insert.className = 'link insert-table';
          insert.textContent = label('insert', [t.tableName]);
          insert.addEventListener('click', function () {
            insertText(t.tableName);
          });
          details.appendChild(insert);
          var fields = document.createElement('ul');
          fields.className = 'field-list';
          t.fields.forEach(function (f) {
            var li = document.createElement('li');
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'link';
            button.textContent = f.name;
            button.setAttribute('aria-label', label('insert', [f.name]));
            button.addEventListener('click', function () {
              insertText(/^[a-z_][a-z0-9_]*$/.test(f.name) ? f.name : '"' + f.name.replace(/"/g, '""') + '"');
            });
            li.appendChild(button);
            var type = document.createElement('span');
            type.className = 'field-type';
            type.textContent = ' ' + f.type;
            li.appendChild(type);
            fields.appendChild(li);
          });
          details.appendChild(fields);
          item.appendChild(details);
          list.appendChild(item);
        });
      });
  }

  function insertText(text) {
    editor.focus();
    editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
    updateSaveLink();
  }

  function loadHistory() {
    var history = document.getElementById('history');
    if (!history || main.dataset.signedIn !== 'true') {
      return;
    }
    fetch(base + '/history', {headers: headers(false), credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.json() : {items: []};
      })
      .then(function (answer) {
        var body = history.querySelector('tbody');
        body.textContent = '';
        answer.items.forEach(function (entry) {
          var tr = document.createElement('tr');
          [new Date(entry.startedAt).toLocaleString(document.documentElement.lang || 'nl'),
            String(entry.durationMs), entry.rows === null ? '' : String(entry.rows),
            entry.succeeded ? label('ok') : label('failed')].forEach(function (text, i) {
            var cell = document.createElement(i === 0 ? 'th' : 'td');
            if (i === 0) {
              cell.scope = 'row';
            }
            cell.textContent = text;
            tr.appendChild(cell);
          });
          var sqlCell = document.createElement('td');
          var use = document.createElement('button');
          use.type = 'button';
          use.className = 'link history-use';
          use.title = label('use');
          use.textContent = entry.sql;
          use.addEventListener('click', function () {
            editor.value = entry.sql;
            updateSaveLink();
            editor.focus();
          });
          sqlCell.appendChild(use);
          tr.appendChild(sqlCell);
          body.appendChild(tr);
        });
      });
  }

  loadTables();
  loadHistory();
})();
