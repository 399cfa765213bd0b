// Build-time step (issue 8): copies the workbench's front-end libraries from node_modules into
// src/Sitrep.Web/wwwroot/lib, where the server serves them. The browser never fetches anything from
// the network: Leaflet draws the map, topojson-client turns world-atlas's Natural Earth TopoJSON
// into GeoJSON in the page, and the countries become the offline basemap.
'use strict';
const fs = require('fs');
const path = require('path');

const here = __dirname;
const out = path.join(here, '..', '..', 'src', 'Sitrep.Web', 'wwwroot', 'lib');
const files = [
  ['leaflet/dist/leaflet.js', 'leaflet.js'],
  ['leaflet/dist/leaflet.css', 'leaflet.css'],
  ['leaflet/LICENSE', 'leaflet.LICENSE.txt'],
  ['topojson-client/dist/topojson-client.min.js', 'topojson-client.min.js'],
  ['topojson-client/LICENSE', 'topojson-client.LICENSE.txt'],
  // 1:50m keeps Syria's borders recognisable at the zoom analysts use; 1:110m is too coarse there.
  ['world-atlas/countries-50m.json', 'countries-50m.json'],
  ['world-atlas/LICENSE', 'world-atlas.LICENSE.txt'],
];

fs.mkdirSync(out, { recursive: true });
for (const [from, to] of files) {
  const source = path.join(here, 'node_modules', from);
  if (!fs.existsSync(source)) {
    console.error(`tools/web: missing ${from}; run npm ci in tools/web first`);
    process.exit(1);
  }
  fs.copyFileSync(source, path.join(out, to));
}
console.log(`tools/web: ${files.length} files copied to ${path.relative(process.cwd(), out)}`);
