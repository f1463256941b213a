import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../app/errors";
import { acceptFor, FILE_TYPES, UPLOAD_KINDS, type FileExt, type UploadKind } from "../../app/files/sniff";
import { storeUpload } from "../../app/files/uploads.server";

/** The first bytes of a real file of each type, as a browser would send it (the name claims nothing). */
const SAMPLES: Record<FileExt, Uint8Array<ArrayBuffer>> = {
  pdf: new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"),
  jpg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
};

beforeAll(() => {
  process.env.DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "jiuye-upload-kinds-"));
});

async function stored(kind: UploadKind, ext: FileExt): Promise<boolean> {
  try {
    await storeUpload(kind, new File([SAMPLES[ext]], "上传文件"), "file");
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

describe("upload kinds: what the picker offers is what the server keeps", () => {
  for (const kind of Object.keys(UPLOAD_KINDS) as UploadKind[]) {
    it(`${kind}: a file is stored exactly when the page's accept names its type`, async () => {
      const offered = acceptFor(kind).split(",");
      for (const ext of Object.keys(FILE_TYPES) as FileExt[]) {
        expect({ ext, stored: await stored(kind, ext) }).toEqual({
          ext,
          stored: offered.includes(FILE_TYPES[ext].mime),
        });
      }
    });
  }

  it("a report's screenshot takes images only, a résumé PDF only", () => {
    expect(acceptFor("reportScreenshot")).not.toContain("pdf");
    expect(acceptFor("resume").split(",")).toEqual(["application/pdf", ".pdf"]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("file inputs", () => {
  it("every file input in app/ is a FileField, whose accept comes from the upload kinds", () => {
    const app = path.join(__dirname, "../../app");
    const form = path.join(app, "components/form.tsx");
    const offenders = sourceFiles(app)
      .filter((file) => file !== form)
      .filter((file) => /type=["{]?["']?file\b|\baccept=["']/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(app, file));
    expect(offenders).toEqual([]);
  });
});
