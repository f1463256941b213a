import type { PostingContent } from "../../vocabulary";

export interface FieldDiff {
  field: keyof PostingContent;
  live: string;
  proposed: string;
  changed: boolean;
}

const show = (value: PostingContent[keyof PostingContent]): string => {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? item : item.city)).join("，");
  return String(value);
};

/** Field-by-field comparison of the live posting and a pending revision, for the side-by-side view. */
export function diffContent(live: PostingContent, proposed: PostingContent): FieldDiff[] {
  const fields = [...new Set([...Object.keys(live), ...Object.keys(proposed)])] as (keyof PostingContent)[];
  return fields.map((field) => {
    const a = show(live[field]);
    const b = show(proposed[field]);
    return { field, live: a, proposed: b, changed: a !== b };
  });
}
