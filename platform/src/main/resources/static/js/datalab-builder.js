/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The builder (/datalab/bouwer) works without this. With it, each filter's value inputs take the input type of the
 * chosen field (a number, date or date-time picker), so values are typed as the field's Table Schema type wants them.
 */
(function () {
  'use strict';

  var INPUT_TYPES = { integer: 'number', number: 'number', date: 'date', datetime: 'datetime-local' };

  Array.prototype.forEach.call(document.querySelectorAll('select.builder-field'), function (select) {
    var row = select.closest('.builder-row');
    function apply() {
      var option = select.options[select.selectedIndex];
      var type = INPUT_TYPES[option && option.getAttribute('data-type')] || 'text';
      Array.prototype.forEach.call(row.querySelectorAll('input.builder-value'), function (input) {
        if (input.type !== type) {
          var value = input.value;
          input.type = type;
          if (type === 'number') {
            input.step = 'any';
          }
          input.value = value;
        }
      });
    }
    select.addEventListener('change', apply);
    apply();
  });
}());
