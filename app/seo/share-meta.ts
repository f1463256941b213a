import type { MetaDescriptor } from "@remix-run/node";

/**
 * The tags of a public page that is pasted into group chats (a posting, fair, booth or talk): its
 * description, the Open Graph card those chats show (the page's QR code `<url>/qr.png` as its image)
 * and its one canonical address.
 */
export function shareCardMeta({
  url,
  share,
}: {
  url: string;
  share: { ogTitle: string; ogDescription: string };
}): MetaDescriptor[] {
  return [
    { name: "description", content: share.ogDescription },
    { property: "og:type", content: "website" },
    { property: "og:title", content: share.ogTitle },
    { property: "og:description", content: share.ogDescription },
    { property: "og:url", content: url },
    { property: "og:image", content: `${url}/qr.png` },
    { tagName: "link", rel: "canonical", href: url },
  ];
}
