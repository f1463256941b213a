// Compiles the launchers (web server and outbox worker) to plain JavaScript in build/, so
// `npm start` runs node on built files instead of transpiling TypeScript at run time with tsx.
// Packages stay external: they are loaded from node_modules exactly as before (native addons,
// pdfkit's runtime assets), and the Remix build is still imported from build/index.js.
import { build } from "esbuild";

await build({
  entryPoints: { server: "scripts/serve.ts", worker: "scripts/worker.ts" },
  outdir: "build",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
