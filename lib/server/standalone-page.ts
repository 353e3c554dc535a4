/**
 * A page the front server writes itself, without Next (no database, no render): small, styled
 * inline, light and dark. Every argument is our own text, never the request's.
 */
export function standalonePage(p: {
  kicker: string;
  title: string;
  text: string;
  link: { href: string; label: string };
}): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} · Policy Atlas</title><meta name="robots" content="noindex">
<style>
body{font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#0f172a;background:#fff;line-height:1.6}
main{max-width:36rem;margin:15vh auto;padding:0 1.5rem;text-align:center}
h1{font-size:1.6rem;margin:.5rem 0}p{color:#334155}a{color:#075985}
.kicker{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase}
@media screen and (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}p{color:#cbd5e1}a{color:#7dd3fc}}
</style></head>
<body><main>
<p class="kicker">${p.kicker} · Policy Atlas</p>
<h1>${p.title}</h1>
<p>${p.text}</p>
<p><a href="${p.link.href}">${p.link.label}</a></p>
</main></body></html>`;
}

/** Served by the front server itself while the database is unreachable. */
export function unavailablePage(): string {
  return standalonePage({
    kicker: "503",
    title: "Temporarily unavailable",
    text: "We can&rsquo;t reach our database right now, so the comparison can&rsquo;t be shown. Nothing is lost; please try again in a minute.",
    link: { href: "", label: "Try again" },
  });
}
