import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { privateFile } from "../../app/http.server";
import { xlsxResponse } from "../../app/reports/workbook.server";

describe("privateFile", () => {
  it("hands the bytes over as a download that no shared cache keeps and no browser sniffs", async () => {
    const response = privateFile(new Uint8Array([37, 80, 68, 70]), {
      contentType: "application/pdf",
      filename: "evidence-1.pdf",
      headers: { "X-Resume-Sha256": "abc" },
    });
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="evidence-1.pdf"');
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("X-Resume-Sha256")).toBe("abc");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([37, 80, 68, 70]);
  });

  it("opens a preview in the browser's viewer, still private and unsniffed", () => {
    const response = privateFile(new Uint8Array([37]), {
      contentType: "application/pdf",
      filename: "agreement-preview.pdf",
      inline: true,
    });
    expect(response.headers.get("Content-Disposition")).toBe('inline; filename="agreement-preview.pdf"');
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});

describe("xlsxResponse", () => {
  it("names the workbook in ASCII and in Chinese, as a private download", () => {
    const response = xlsxResponse(Buffer.from([80, 75]), "roster-template.xlsx", "毕业生生源信息模板.xlsx");
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="roster-template.xlsx"; filename*=UTF-8''${encodeURIComponent("毕业生生源信息模板.xlsx")}`,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("sends a workbook written as a stream as it comes", async () => {
    const stream = new PassThrough();
    const response = xlsxResponse(stream, "enlistment-2026.xlsx", "预征对象名单-2026.xlsx");
    stream.write(Buffer.from([80, 75]));
    stream.end(Buffer.from([3, 4]));
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([80, 75, 3, 4]);
    expect(response.headers.get("Content-Disposition")).toContain("filename*=UTF-8''");
  });
});
