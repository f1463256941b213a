import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * The URL paths of the files under `public/` other than the Remix build (served by its own
 * handler), e.g. `/favicon.svg`. Read once at start: these files change only with a deploy.
 */
export function listPublicFiles(publicDir: string): Set<string> {
  const files = new Set<string>();
  for (const entry of readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (relative.startsWith("build/")) continue;
    files.add(`/${relative}`);
  }
  return files;
}
