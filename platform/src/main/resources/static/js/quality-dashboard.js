/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The quality dashboard's charts (/kwaliteit), drawn with Apache ECharts from the dashboard's JSON that the page
 * embeds (the same document as GET /v1/quality/dashboard). Each chart is a role="img" element whose aria-label the
 * server wrote; the table beside it holds the same figures, so the page says everything without JavaScript. The bars
 * carry their values as text: no information is given by colour alone.
 */
(function () {
  'use strict';

  var dataElement = document.getElementById('dashboard-data');
  var labelElement = document.getElementById('dashboard-labels');
  if (typeof echarts === 'undefined' || !dataElement || !labelElement) {
    return;
  }
  var data = JSON.parse(dataElement.textContent);
  var labels = JSON.parse(labelElement.textContent);
  var text = '#1a1a1a';
  var accent = '#01689b';
  var font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

  function decimal(value) {
    return value === null || value === undefined ? '–' : value.toFixed(1).replace('.', labels.decimal);
  }

  function base() {
    return {
      animation: false,
      aria: { enabled: false },
      textStyle: { color: text, fontFamily: font, fontSize: 14 },
      grid: { containLabel: true, left: 8, right: 48, top: 40, bottom: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }
    };
  }

  /** Shows the chart box and draws in it the option that build(box width in pixels) returns. */
  function draw(id, build) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    element.hidden = false;
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(build(element.clientWidth));
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var ratings = ['excellent', 'good', 'sufficient', 'bad'];
  var ratingsOption = base();
  ratingsOption.xAxis = { type: 'category', data: ratings.map(function (r) { return labels.ratings[r]; }),
    axisLabel: { color: text, fontSize: 14 } };
  ratingsOption.yAxis = { type: 'value', minInterval: 1, name: labels.datasets,
    nameTextStyle: { color: text, align: 'left' },
    axisLabel: { color: text } };
  ratingsOption.series = [{ type: 'bar', name: labels.datasets, barMaxWidth: 64, itemStyle: { color: accent },
    label: { show: true, position: 'top', color: text, fontSize: 14 },
    data: ratings.map(function (r) { return data.mqa.ratings[r]; }) }];
  draw('chart-ratings', function () { return ratingsOption; });

  var dimensions = data.dataQuality.dimensions;
  var dimensionsOption = base();
  dimensionsOption.xAxis = { type: 'category', data: dimensions.map(function (d) { return labels.dimensions[d.id]; }),
    axisLabel: { color: text, fontSize: 14 } };
  dimensionsOption.grid.top = 64; // the axis name above the value label of a bar at 100
  dimensionsOption.yAxis = { type: 'value', min: 0, max: 100, name: labels.average, nameGap: 36,
    nameTextStyle: { color: text, align: 'left' },
    axisLabel: { color: text } };
  dimensionsOption.tooltip.valueFormatter = decimal;
  dimensionsOption.series = [{ type: 'bar', name: labels.average, barMaxWidth: 64, itemStyle: { color: accent },
    label: { show: true, position: 'top', color: text, fontSize: 14,
      formatter: function (p) { return decimal(p.value); } },
    data: dimensions.map(function (d) { return d.average; }) }];
  draw('chart-dimensions', function () { return dimensionsOption; });

  var checks = data.failingChecks;
  if (checks.length > 0) {
    var checksOption = base();
    var labelWidth = 276;
    checksOption.yAxis = { type: 'category', inverse: true,
      data: checks.map(function (c) { return labels.checks[c.check] || c.check; }),
      axisLabel: { color: text, fontSize: 14, width: labelWidth, overflow: 'break', lineHeight: 18 } };
    checksOption.xAxis = { type: 'value', minInterval: 1, name: labels.datasets, nameLocation: 'middle',
      nameGap: 28, nameTextStyle: { color: text }, axisLabel: { color: text } };
    checksOption.series = [{ type: 'bar', name: labels.datasets, barMaxWidth: 32, itemStyle: { color: accent },
      label: { show: true, position: 'right', color: text, fontSize: 14,
        formatter: function (p) {
          return p.value + ' (' + checks[p.dataIndex].failingValues + ' ' + labels.failingValues.toLowerCase() + ')';
        } },
      data: checks.map(function (c) { return c.datasets; }) }];
    draw('chart-checks', function (width) {
      // The check names are long: room for them on the left, for the value labels on the right; less on a phone.
      labelWidth = Math.min(276, Math.round(width * 0.35));
      checksOption.yAxis.axisLabel.width = labelWidth;
      checksOption.grid = { containLabel: false, left: labelWidth + 14, right: Math.min(190, Math.round(width * 0.3)),
        top: 8, bottom: 48 };
      return checksOption;
    });
  }
}());
