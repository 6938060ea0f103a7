// Validates every .glb under the given folders with the Khronos glTF validator and prints one
// line per file. Exits 1 if any file has an error, so a model that a conformant glTF loader would
// reject never ships in a built-in pack.
'use strict';
const fs = require('fs');
const path = require('path');
const validator = require('gltf-validator');

function glbFiles(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...glbFiles(full));
    else if (entry.name.endsWith('.glb')) found.push(full);
  }
  return found.sort();
}

async function main(roots) {
  const files = roots.flatMap(glbFiles);
  let failed = 0;
  for (const file of files) {
    const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {
      uri: path.basename(file),
      maxIssues: 50,
    });
    const issues = report.issues;
    if (issues.numErrors > 0) {
      failed++;
      for (const m of issues.messages.filter((m) => m.severity === 0)) {
        console.log(`${file}: ${m.pointer || ''} ${m.code}: ${m.message}`);
      }
    }
    console.log(`${file}: ${issues.numErrors} errors, ${issues.numWarnings} warnings`);
  }
  console.log(`${files.length} GLB files checked, ${failed} with errors`);
  if (files.length === 0 || failed > 0) process.exit(1);
}

main(process.argv.slice(2).length ? process.argv.slice(2) : ['../../scenes/packs']).catch((e) => {
  console.error(e);
  process.exit(2);
});
