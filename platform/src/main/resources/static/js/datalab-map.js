// SPDX-License-Identifier: EUPL-1.2
// Draws every <div class="datalab-map" data-map-id="{uuid}"> on the page with Leaflet (issue 7): the map page, its
// embed and dashboards use it alike. The data comes from /datalab/kaarten/{id}/data, read as the signed-in viewer;
// Leaflet is loaded from the webjar when the page has not loaded it yet. Under each map: a legend that states the
// class bounds in numbers, notes (regions without figures, codes that match no region, a base map that cannot be
// reached) and a table of the same data, which a skip link before the map leads to. No inline script or style
// elements (CSP); colours are set on the elements themselves.
(function () {
  'use strict';

  var script = document.currentScript;
  var base = script && script.src ? script.src.replace(/\/js\/datalab-map\.js(\?.*)?$/, '') : '';
  var LEAFLET = '/webjars/leaflet/1.9.4/dist/';

  var TEXTS = {
    nl: {
      loading: 'De kaart wordt geladen…',
      failed: 'De kaart kon niet worden geladen.',
      notFound: 'Deze kaart bestaat niet of u mag haar niet zien.',
      skip: 'Naar de tabel met de gegevens van de kaart',
      mapLabel: 'Kaart: ',
      legend: 'Legenda',
      noData: 'geen gegevens',
      regions: function (n) { return n === 1 ? '1 gebied' : n + ' gebieden'; },
      unmatched: function (n, codes) {
        return (n === 1 ? '1 code' : n + ' codes') + ' uit de cijfers ' + (n === 1 ? 'heeft' : 'hebben')
            + ' geen gebied in de grenzen (bijvoorbeeld door een gemeentelijke herindeling): ' + codes + '.';
      },
      withoutData: function (n) {
        return (n === 1 ? '1 gebied heeft' : n + ' gebieden hebben') + ' geen cijfer; '
            + (n === 1 ? 'het staat' : 'ze staan') + ' gearceerd grijs op de kaart.';
      },
      withoutCode: function (n) {
        return (n === 1 ? '1 rij' : n + ' rijen') + ' van de cijfers ' + (n === 1 ? 'heeft' : 'hebben')
            + ' geen geldige gebiedscode en ' + (n === 1 ? 'staat' : 'staan') + ' niet op de kaart.';
      },
      figureUnavailable: 'De cijfers van deze kaart zijn voor u niet beschikbaar; de kaart toont alleen de gebieden.',
      areaUnavailable: 'De gebiedsselectie van deze kaart is voor u niet beschikbaar; alle gebieden worden getoond.',
      datasetUnavailable: 'De gegevens van deze kaart zijn voor u niet beschikbaar.',
      truncated: 'De kaart toont alleen de eerste 10.000 objecten.',
      baseMapFailed: 'De achtergrondkaart is niet beschikbaar (de kaarttegels laden niet); de kaart toont de gegevens zonder ondergrond.',
      noBaseMap: 'Deze kaart heeft geen achtergrondkaart.',
      caption: 'Gegevens van de kaart',
      region: 'Gebied',
      code: 'Code',
      value: 'Waarde',
      klass: 'Klasse',
      tableLimit: function (n) { return 'De tabel toont de eerste ' + n + ' objecten.'; }
    },
    en: {
      loading: 'Loading the map…',
      failed: 'The map could not be loaded.',
      notFound: 'This map does not exist or you may not see it.',
      skip: 'Skip to the table with the map\'s data',
      mapLabel: 'Map: ',
      legend: 'Legend',
      noData: 'no data',
      regions: function (n) { return n === 1 ? '1 region' : n + ' regions'; },
      unmatched: function (n, codes) {
        return (n === 1 ? '1 code' : n + ' codes') + ' of the figures ' + (n === 1 ? 'has' : 'have')
            + ' no region in the boundaries (for example after a municipal merger): ' + codes + '.';
      },
      withoutData: function (n) {
        return (n === 1 ? '1 region has' : n + ' regions have') + ' no figure; hatched grey on the map.';
      },
      withoutCode: function (n) {
        return (n === 1 ? '1 row' : n + ' rows') + ' of the figures ' + (n === 1 ? 'has' : 'have')
            + ' no valid region code and ' + (n === 1 ? 'is' : 'are') + ' not on the map.';
      },
      figureUnavailable: 'The figures of this map are not available to you; the map shows the regions only.',
      areaUnavailable: 'The area selection of this map is not available to you; all regions are shown.',
      datasetUnavailable: 'The data of this map is not available to you.',
      truncated: 'The map shows the first 10,000 features only.',
      baseMapFailed: 'The base map is not available (its tiles do not load); the map shows its data without it.',
      noBaseMap: 'This map has no base map.',
      caption: 'Data of the map',
      region: 'Region',
      code: 'Code',
      value: 'Value',
      klass: 'Class',
      tableLimit: function (n) { return 'The table shows the first ' + n + ' features.'; }
    }
  };
  var lang = (document.documentElement.lang || 'nl').slice(0, 2) === 'en' ? 'en' : 'nl';
  var t = TEXTS[lang];
  var numbers = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
  var TABLE_ROWS = 500;
  var NO_DATA = '#bdbdbd';

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function format(value) {
    return typeof value === 'number' ? numbers.format(value) : (value === null || value === undefined ? '' : String(value));
  }

  /** Leaflet, from the webjar if the page has not loaded it. */
  function leaflet() {
    if (window.L) { return Promise.resolve(window.L); }
    if (!document.querySelector('link[href$="leaflet.css"]')) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = base + LEAFLET + 'leaflet.css';
      document.head.appendChild(css);
    }
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = base + LEAFLET + 'leaflet.js';
      s.onload = function () { resolve(window.L); };
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function note(list, text) {
    list.appendChild(element('li', null, text));
  }

  /** A hatch pattern in the SVG the map draws in, for regions without a figure; returns its url(). */
  function hatch(map, id) {
    var svg = map.getPanes().overlayPane.querySelector('svg');
    if (!svg) { return null; }
    var ns = 'http://www.w3.org/2000/svg';
    var defs = document.createElementNS(ns, 'defs');
    var pattern = document.createElementNS(ns, 'pattern');
    pattern.setAttribute('id', id);
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '8');
    pattern.setAttribute('height', '8');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    var back = document.createElementNS(ns, 'rect');
    back.setAttribute('width', '8');
    back.setAttribute('height', '8');
    back.setAttribute('fill', '#e6e6e6');
    var line = document.createElementNS(ns, 'rect');
    line.setAttribute('width', '3');
    line.setAttribute('height', '8');
    line.setAttribute('fill', '#8c8c8c');
    pattern.appendChild(back);
    pattern.appendChild(line);
    defs.appendChild(pattern);
    svg.insertBefore(defs, svg.firstChild);
    return 'url(#' + id + ')';
  }

  function popupContent(rows) {
    var dl = element('dl', 'datalab-map-popup');
    rows.forEach(function (row) {
      dl.appendChild(element('dt', null, row[0]));
      dl.appendChild(element('dd', null, row[1]));
    });
    return dl;
  }

  function draw(L, container, info) {
    var id = container.getAttribute('data-map-id');
    var data = info.geojson;
    var choropleth = data.kind === 'choropleth';
    var tableId = 'datalab-map-table-' + id;
    var skip = element('a', 'datalab-map-skip', t.skip);
    skip.href = '#' + tableId;
    var canvas = element('div', 'datalab-map-canvas');
    canvas.setAttribute('tabindex', '0');
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', t.mapLabel + info.title);
    var notes = element('ul', 'datalab-map-notes');
    container.appendChild(skip);
    container.appendChild(canvas);

    var map = L.map(canvas, { keyboard: true, zoomSnap: 0.25, attributionControl: true, preferCanvas: false });
    if (info.baseMap) {
      var failed = false;
      var tiles = L.tileLayer(info.baseMap.url, { attribution: info.baseMap.attribution, maxZoom: info.baseMap.maxZoom });
      tiles.on('tileerror', function () {
        if (!failed) {
          failed = true;
          container.classList.add('datalab-map-no-tiles');
          var li = element('li', 'datalab-map-basemap-failed', t.baseMapFailed);
          notes.insertBefore(li, notes.firstChild);
        }
      });
      tiles.addTo(map);
    } else {
      container.classList.add('datalab-map-no-tiles');
      note(notes, t.noBaseMap);
    }

    var classes = data.classes || [];
    var label = data.valueLabel || t.value;
    var noDataLayers = [];
    var layer = L.geoJSON(data, {
      style: function (feature) {
        if (!choropleth) {
          return { color: '#01689b', weight: 2, fillColor: '#01689b', fillOpacity: 0.35 };
        }
        var c = feature.properties['class'];
        return {
          color: '#3d3d3d', weight: 1, opacity: 1, fillOpacity: 0.85,
          fillColor: c ? classes[c - 1].colour : NO_DATA
        };
      },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 6 });
      },
      onEachFeature: function (feature, featureLayer) {
        var p = feature.properties || {};
        var rows;
        if (choropleth) {
          rows = [[t.region, p.name], [t.code, p.code], [label, p.value === null ? t.noData : format(p.value)]];
          if (p.value === null) { noDataLayers.push(featureLayer); }
        } else {
          rows = Object.keys(p).map(function (k) { return [k, format(p[k])]; });
        }
        featureLayer.bindPopup(popupContent(rows));
      }
    }).addTo(map);
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [8, 8] });
    } else {
      map.setView([52.2, 5.3], 7);
    }
    if (noDataLayers.length) {
      var fill = hatch(map, 'datalab-hatch-' + id);
      if (fill) {
        noDataLayers.forEach(function (l) {
          var path = l.getElement ? l.getElement() : null;
          if (path) { path.setAttribute('fill', fill); path.classList.add('datalab-map-no-data'); }
        });
      }
    }

    if (data.datasetUnavailable) { note(notes, t.datasetUnavailable); }
    if (data.truncated) { note(notes, t.truncated); }
    if (choropleth) {
      container.appendChild(legend(data, classes, label));
      if (data.figureUnavailable) { note(notes, t.figureUnavailable); }
      if (data.areaUnavailable) { note(notes, t.areaUnavailable); }
      if (data.noData && data.noData.count > 0) {
        var without = element('li', 'datalab-map-without-data', t.withoutData(data.noData.count));
        without.setAttribute('data-count', data.noData.count);
        notes.appendChild(without);
      }
      if (data.unmatchedCodes && data.unmatchedCodes.length) {
        var unmatched = element('li', 'datalab-map-unmatched',
            t.unmatched(data.unmatchedCodes.length, data.unmatchedCodes.join(', ')));
        unmatched.setAttribute('data-count', data.unmatchedCodes.length);
        notes.appendChild(unmatched);
      }
      if (data.figureRowsWithoutCode > 0) { note(notes, t.withoutCode(data.figureRowsWithoutCode)); }
    }
    container.appendChild(notes);
    container.appendChild(table(data, choropleth, label, tableId));
  }

  function legend(data, classes, label) {
    var box = element('div', 'datalab-map-legend');
    box.appendChild(element('p', 'datalab-map-legend-title', t.legend + ': ' + label));
    var list = element('ul');
    classes.forEach(function (c, i) {
      var item = element('li');
      var swatch = element('span', 'datalab-map-swatch');
      swatch.style.backgroundColor = c.colour;
      swatch.setAttribute('aria-hidden', 'true');
      item.appendChild(swatch);
      var bounds = (i === 0 ? format(c.lower) : '> ' + format(c.lower)) + ' – ' + format(c.upper);
      item.appendChild(element('span', 'datalab-map-bounds', bounds));
      item.appendChild(element('span', 'datalab-map-count', ' (' + t.regions(c.count) + ')'));
      list.appendChild(item);
    });
    if (data.noData && data.noData.count > 0) {
      var item = element('li', 'datalab-map-legend-no-data');
      var swatch = element('span', 'datalab-map-swatch datalab-map-swatch-hatched');
      swatch.setAttribute('aria-hidden', 'true');
      item.appendChild(swatch);
      item.appendChild(element('span', 'datalab-map-bounds', t.noData));
      item.appendChild(element('span', 'datalab-map-count', ' (' + t.regions(data.noData.count) + ')'));
      list.appendChild(item);
    }
    box.appendChild(list);
    return box;
  }

  function table(data, choropleth, label, tableId) {
    var wrap = element('div', 'table-scroll');
    var tbl = element('table', 'datalab-map-table');
    tbl.id = tableId;
    tbl.setAttribute('tabindex', '-1');
    tbl.appendChild(element('caption', null, t.caption));
    var features = data.features || [];
    var columns;
    var rows;
    if (choropleth) {
      columns = [t.region, t.code, label, t.klass];
      rows = features.map(function (f) {
        var p = f.properties;
        return [p.name, p.code, p.value === null ? t.noData : format(p.value), p['class'] ? String(p['class']) : '–'];
      }).sort(function (a, b) { return String(a[0]).localeCompare(String(b[0]), lang); });
    } else {
      columns = [];
      features.forEach(function (f) {
        Object.keys(f.properties || {}).forEach(function (k) { if (columns.indexOf(k) < 0) { columns.push(k); } });
      });
      rows = features.map(function (f) {
        return columns.map(function (k) { return format((f.properties || {})[k]); });
      });
    }
    var head = element('thead');
    var tr = element('tr');
    columns.forEach(function (c, i) {
      var th = element('th', choropleth && i === 2 ? 'number' : null, c);
      th.setAttribute('scope', 'col');
      tr.appendChild(th);
    });
    head.appendChild(tr);
    tbl.appendChild(head);
    var body = element('tbody');
    rows.slice(0, TABLE_ROWS).forEach(function (row) {
      var r = element('tr');
      row.forEach(function (cell, i) {
        var c = i === 0 ? element('th', null, cell) : element('td', choropleth && i === 2 ? 'number' : null, cell);
        if (i === 0) { c.setAttribute('scope', 'row'); }
        r.appendChild(c);
      });
      body.appendChild(r);
    });
    tbl.appendChild(body);
    wrap.appendChild(tbl);
    if (rows.length > TABLE_ROWS) {
      wrap.appendChild(element('p', 'hint', t.tableLimit(TABLE_ROWS)));
    }
    return wrap;
  }

  function render(L, container) {
    var id = container.getAttribute('data-map-id');
    if (!id || container.getAttribute('data-drawn')) { return; }
    container.setAttribute('data-drawn', 'loading');
    var status = element('p', 'datalab-map-status', t.loading);
    status.setAttribute('role', 'status');
    container.appendChild(status);
    fetch(base + '/datalab/kaarten/' + encodeURIComponent(id) + '/data',
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status === 404 ? t.notFound : t.failed);
        }
        return response.json();
      })
      .then(function (info) {
        status.textContent = '';
        draw(L, container, info);
        container.setAttribute('data-drawn', 'true');
      })
      .catch(function (e) {
        status.textContent = e && e.message ? e.message : t.failed;
        status.className = 'datalab-map-status error';
        container.setAttribute('data-drawn', 'failed');
      });
  }

  function start() {
    var containers = document.querySelectorAll('div.datalab-map[data-map-id]');
    if (!containers.length) { return; }
    leaflet().then(function (L) {
      Array.prototype.forEach.call(containers, function (c) { render(L, c); });
    }, function () {
      Array.prototype.forEach.call(containers, function (c) {
        c.appendChild(element('p', 'datalab-map-status error', t.failed));
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
