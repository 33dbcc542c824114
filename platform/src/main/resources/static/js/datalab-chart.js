/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Draws every <div class="datalab-chart" data-chart-id="…" data-chart-url="…/v1/charts/{id}"> on the page with
 * Apache ECharts. The page carries the chart and its data, fetched as the viewer by the server, in data-chart
 * (JSON: {chart, data}); without it the script fetches GET /v1/charts/{id} and /data, which answer as the caller of
 * that request (with the stateless API: the anonymous caller, unless a token is sent), so nobody sees rows they may
 * not read. The server already wrote the text alternative
 * (role="img", aria-label, aria-describedby) and the data table under the chart; this only adds the picture and
 * buttons to save it as PNG or SVG. Colours are the Okabe–Ito palette (distinguishable with colour-blindness); the
 * values are written on the bars, points and slices, series get a legend and ECharts' decal patterns, so no
 * information is given by colour alone.
 */
(function () {
  'use strict';

  if (typeof echarts === 'undefined') {
    return;
  }
  var OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var TEXT = '#1a1a1a';
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  var language = document.documentElement.lang || 'nl';

  function format(value) {
    return typeof value === 'number' ? value.toLocaleString(language, { maximumFractionDigits: 2 }) : value;
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(url + ' answered ' + response.status);
        }
        return response.json();
      });
  }

  function distinct(values) {
    var seen = [];
    values.forEach(function (value) {
      if (seen.indexOf(value) < 0) {
        seen.push(value);
      }
    });
    return seen;
  }

  /** The ECharts option of a chart (GET /v1/charts/{id}) over its data (fields, rows). */
  function option(chart, data) {
    var names = data.fields.map(function (field) { return field.name; });
    var x = names.indexOf(chart.xColumn);
    var values = chart.valueColumns.map(function (column) { return names.indexOf(column); })
      .filter(function (index) { return index >= 0; });
    var seriesColumn = chart.seriesColumn ? names.indexOf(chart.seriesColumn) : -1;
    var label = { show: true, color: TEXT, formatter: function (p) {
      var value = Array.isArray(p.value) ? p.value[1] : p.value;
      return format(value);
    } };
    var base = {
      animation: false,
      color: OKABE_ITO,
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      textStyle: { color: TEXT, fontFamily: FONT, fontSize: 14 },
      tooltip: { trigger: chart.type === 'pie' || chart.type === 'scatter' ? 'item' : 'axis',
        valueFormatter: format },
      grid: { containLabel: true, left: 8, right: 24, top: 48, bottom: 8 }
    };
    if (chart.type === 'pie') {
      base.series = [{ type: 'pie', radius: '65%', name: names[values[0]],
        label: { show: true, color: TEXT, formatter: function (p) { return p.name + ': ' + format(p.value); } },
        data: data.rows.map(function (row) { return { name: String(row[x]), value: row[values[0]] }; }) }];
      return base;
    }
    if (chart.type === 'scatter') {
      base.xAxis = { type: 'value', name: names[x], nameLocation: 'middle', nameGap: 32, scale: true,
        axisLabel: { color: TEXT, formatter: format } };
      base.yAxis = { type: 'value', name: values.length === 1 ? names[values[0]] : '', scale: true,
        axisLabel: { color: TEXT, formatter: format } };
      base.grid.bottom = 32;
      base.series = values.map(function (v) {
        return { type: 'scatter', name: names[v], symbolSize: 10,
          data: data.rows.map(function (row) { return [row[x], row[v]]; }) };
      });
      base.legend = { show: values.length > 1, top: 0, textStyle: { color: TEXT } };
      return base;
    }
    var type = chart.type === 'area' ? 'line' : chart.type;
    var categories = distinct(data.rows.map(function (row) { return row[x]; }));
    var series = [];
    if (seriesColumn >= 0) {
      distinct(data.rows.map(function (row) { return row[seriesColumn]; })).forEach(function (name) {
        var byCategory = {};
        data.rows.forEach(function (row) {
          if (row[seriesColumn] === name) {
            byCategory[String(row[x])] = row[values[0]];
          }
        });
        series.push({ name: String(name), data: categories.map(function (c) {
          var value = byCategory[String(c)];
          return value === undefined ? null : value;
        }) });
      });
    } else {
      values.forEach(function (v) {
        series.push({ name: names[v], data: data.rows.map(function (row) { return row[v]; }) });
      });
    }
    base.xAxis = { type: 'category', data: categories.map(String), name: names[x], nameLocation: 'middle',
      nameGap: categories.length > 8 ? 56 : 32, nameTextStyle: { color: TEXT },
      axisLabel: { color: TEXT, interval: 0, rotate: categories.length > 8 ? 30 : 0 } };
    base.yAxis = { type: 'value', name: seriesColumn >= 0 || values.length === 1 ? names[values[0]] : '',
      nameTextStyle: { color: TEXT, align: 'left' }, axisLabel: { color: TEXT, formatter: format } };
    base.grid.bottom = 32;
    base.legend = { show: series.length > 1, top: 0, textStyle: { color: TEXT } };
    base.series = series.map(function (s, i) {
      return { type: type, name: s.name, data: s.data, areaStyle: chart.type === 'area' ? {} : undefined,
        symbol: ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'][i % 6], symbolSize: 8,
        label: Object.assign({ position: 'top' }, label), barMaxWidth: 64 };
    });
    return base;
  }

  function download(url, name) {
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  /** Buttons that save the chart as PNG (drawn again on a canvas) or SVG (as drawn). */
  function exportButtons(element, chart, drawn, built) {
    var bar = document.createElement('p');
    bar.className = 'datalab-export';
    var name = (chart.title || 'grafiek').replace(/[^\w\- ]+/g, '').trim().replace(/\s+/g, '-') || 'grafiek';
    [['png', element.dataset.labelPng || 'PNG'], ['svg', element.dataset.labelSvg || 'SVG']].forEach(function (kind) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'datalab-export-' + kind[0];
      button.textContent = kind[1];
      button.addEventListener('click', function () {
        if (kind[0] === 'svg') {
          download(drawn.getDataURL({ type: 'svg' }), name + '.svg');
          return;
        }
        var box = document.createElement('div');
        box.style.width = element.clientWidth + 'px';
        box.style.height = element.clientHeight + 'px';
        box.style.position = 'absolute';
        box.style.left = '-10000px';
        document.body.appendChild(box);
        var canvas = echarts.init(box, null, { renderer: 'canvas' });
        canvas.setOption(built);
        download(canvas.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), name + '.png');
        canvas.dispose();
        box.remove();
      });
      bar.appendChild(button);
    });
    element.insertAdjacentElement('afterend', bar);
  }

  function load(element) {
    if (element.dataset.chart) {
      var embedded = JSON.parse(element.dataset.chart);
      return Promise.resolve([embedded.chart, embedded.data]);
    }
    var url = element.dataset.chartUrl;
    return Promise.all([getJson(url), getJson(url + '/data')]);
  }

  function draw(element) {
    load(element).then(function (answers) {
      var chart = answers[0];
      var built = option(chart, answers[1]);
      element.hidden = false;
      var drawn = echarts.init(element, null, { renderer: 'svg' });
      drawn.setOption(built);
      element.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { drawn.resize(); });
      exportButtons(element, chart, drawn, built);
    }).catch(function () {
      // the data table under the chart still says everything; leave the chart box hidden
      element.hidden = true;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('.datalab-chart[data-chart-id]'), draw);
}());
