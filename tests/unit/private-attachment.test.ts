import { describe, expect, it } from "vitest";
import { privateAttachment } from "../../app/private-attachment.server";

describe("privateAttachment", () => {
  it("hands the bytes over as a download that no shared cache keeps and no browser sniffs", async () => {
    const response = privateAttachment(new Uint8Array([37, 80, 68, 70]), {
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
});
