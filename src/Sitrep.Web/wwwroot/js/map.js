// The map page: Leaflet with no tile server. The basemap is world-atlas's Natural Earth countries (TopoJSON,
// turned into GeoJSON by topojson-client), served from /lib like the libraries themselves. Places and events
// come from /api/geo. Scraped names go into the page only through textContent, never innerHTML.
'use strict';
(function () {
  const element = document.getElementById('map');
  const status = document.getElementById('map-status');
  if (!element || typeof L === 'undefined' || typeof topojson === 'undefined') {
    if (status) status.textContent = 'The map libraries are missing (build with node and npm to bundle them).';
    return;
  }
  const map = L.map(element, { worldCopyJump: true, attributionControl: false }).setView([35, 38], 5);

  function popup(lines) {
    // Each line is [text, href?]; built as DOM nodes so a hostile name stays text.
    const box = document.createElement('div');
    for (const [text, href] of lines) {
      const line = document.createElement(href ? 'a' : 'div');
      line.textContent = text;
      if (href) { line.href = href; line.className = 'popup-link'; }
      box.appendChild(line);
    }
    return box;
  }

  function text(value) {
    const span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  // Natural Earth cuts polygons at ±180°; Leaflet would draw a ring with points at both edges as a band
  // across the whole world (Russia, Fiji). Such rings are moved onto 0..360° so they stay in one piece.
  function unwrap(geometry) {
    if (!geometry) return;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const west = ring.some(([lon]) => lon < -170), east = ring.some(([lon]) => lon > 170);
        if (west && east) for (const point of ring) if (point[0] < 0) point[0] += 360;
      }
    }
  }

  function link(path, value) { return path + encodeURIComponent(value); }

  fetch('/lib/countries-50m.json')
    .then(r => r.json())
    .then(world => {
      const countries = topojson.feature(world, world.objects.countries);
      countries.features = countries.features.filter(f => f.properties.name !== 'Antarctica');
      countries.features.forEach(f => unwrap(f.geometry));
      L.geoJSON(countries, {
        style: { color: '#8a97a8', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
      }).addTo(map).bringToBack();
    })
    .catch(() => { status.textContent = 'Basemap unavailable.'; });

  fetch(element.dataset.api, { headers: { Accept: 'application/json' } })
    .then(r => r.json())
    .then(geo => {
      const bounds = [];
      for (const p of geo.places) {
        const marker = L.circleMarker([p.lat, p.lon], {
          radius: Math.min(18, 4 + Math.sqrt(p.documents) * 2), color: '#1f5fa8', weight: 1, fillOpacity: 0.45,
        }).addTo(map);
        marker.bindPopup(popup([[p.name + (p.country ? ', ' + p.country : ''), link('/places/', p.name)], [p.documents + ' documents']]));
        marker.bindTooltip(text(p.name));  // Leaflet would set a string with innerHTML: give it a text node
        bounds.push([p.lat, p.lon]);
      }
      for (const e of geo.events) {
        const marker = L.circleMarker([e.lat, e.lon], { radius: 5, color: '#c0392b', weight: 2, fillOpacity: 0.8 }).addTo(map);
        marker.bindPopup(popup([
          [e.type + ' · ' + (e.date || e.published || 'undated'), null],
          [e.place || '', e.place ? link('/places/', e.place) : null],
          [(e.figures || []).join('; '), null],
          [e.title || '(untitled)', link('/documents/', e.document_id)],
        ].filter(([t]) => t)));
      }
      if (bounds.length > 0) map.fitBounds(bounds, { maxZoom: 7, padding: [20, 20] });
      status.textContent = geo.places.length + ' places and ' + geo.events.length + ' events from ' + geo.sampled + ' documents.';
      element.dataset.ready = 'true';
    })
    .catch(err => { status.textContent = 'Could not load places: ' + err; });
})();
