// First step of `npm start` and `npm test`: a Node older than package.json's engines.node gets one clear line, not a
// stack trace from a dependency that uses newer syntax. Written in old JavaScript (CommonJS, var, no `node:` imports)
// so that old Nodes can run it at all. `npm ci` itself is stopped earlier by .npmrc's engine-strict.
// biome-ignore-all lint/style: `node:` imports and template strings would be syntax errors in the Nodes it stops.
var fs = require('fs');
var path = require('path');

var wanted = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).engines.node; // ">=20.19"
var actual = process.env.CHECK_NODE_VERSION || process.versions.node; // the override is for its test
var minimum = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(wanted);
if (!minimum) {
  console.error('scripts/check-node.cjs understands only ">=x.y.z" in engines.node, not "' + wanted + '"');
  process.exit(1);
}
var need = [Number(minimum[1]), Number(minimum[2] || 0), Number(minimum[3] || 0)];
var have = actual.split('.').map(Number);
var i;
for (i = 0; i < 3; i++) {
  if (have[i] > need[i]) break;
  if (have[i] < need[i]) {
    console.error(
      'This project needs Node ' +
        wanted +
        ' (package.json engines.node); this is Node ' +
        actual +
        '. Install Node 20.19 or newer, then run the command again.',
    );
    process.exit(1);
  }
}
