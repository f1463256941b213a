import QRCode from "qrcode";

/** A QR code of a public page's URL, for posters and group chats (postings, fairs, booths). */
export async function qrResponse(url: string, format: "png" | "svg"): Promise<Response> {
  const headers = { "Cache-Control": "public, max-age=86400" };
  if (format === "svg") {
    const svg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml" } });
  }
  const png = await QRCode.toBuffer(url, { type: "png", width: 480, margin: 2, errorCorrectionLevel: "M" });
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
