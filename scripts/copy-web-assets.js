#!/usr/bin/env node
// Copies the browser libraries installed by `npm ci` into the package, where the web UI serves
// them from its own origin (the Content-Security-Policy allows no CDN).
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const target = path.join(root, "src", "claimgraph", "web", "static", "vendor");
const assets = [
  ["node_modules/cytoscape/dist/cytoscape.min.js", "cytoscape.min.js"],
  ["node_modules/cytoscape/LICENSE", "cytoscape.LICENSE.txt"],
];

fs.mkdirSync(target, { recursive: true });
let missing = 0;
for (const [from, to] of assets) {
  const source = path.join(root, from);
  if (!fs.existsSync(source)) {
    console.error(`missing ${from}: run 'npm ci' first`);
    missing += 1;
    continue;
  }
  fs.copyFileSync(source, path.join(target, to));
}
if (missing) process.exit(1);
console.error(`web assets copied to ${path.relative(root, target)}`);
