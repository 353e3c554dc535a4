export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
  categories: Array<{ term: string; label: string }>;
};

export type AtomFeed = {
  title: string;
  subtitle: string;
  self: string;
  alternate: string;
  updated: string;
  entries: AtomEntry[];
};

const escape = (s: string) =>
  s
    .replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
    )
    // Characters XML 1.0 forbids (control characters from a policy's text) are dropped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

/** An Atom 1.0 document (RFC 4287), every value escaped. */
export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escape(e.id)}</id>
    <title type="text">${escape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(e.link)}"/>
    <updated>${escape(e.updated)}</updated>
    <summary type="text">${escape(e.summary)}</summary>
${e.categories.map((c) => `    <category term="${escape(c.term)}" label="${escape(c.label)}"/>`).join("\n")}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">${escape(feed.title)}</title>
  <subtitle type="text">${escape(feed.subtitle)}</subtitle>
  <id>${escape(feed.self)}</id>
  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.alternate)}"/>
  <updated>${escape(feed.updated)}</updated>
  <author><name>Policy Atlas</name></author>
  <rights type="text">Policy texts recorded by Open Terms Archive contributors (https://opentermsarchive.org), ODC-BY 1.0.</rights>
  <generator>Policy Atlas</generator>
${entries.join("\n")}
</feed>
`;
}
