/** Served by the front server itself while the database is unreachable: no database, no Next render. */
export function unavailablePage(nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Policy Atlas</title><meta name="robots" content="noindex">
<style nonce="${nonce}">
body{font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#0f172a;background:#fff;line-height:1.6}
main{max-width:36rem;margin:15vh auto;padding:0 1.5rem;text-align:center}
h1{font-size:1.6rem;margin:.5rem 0}p{color:#334155}a{color:#075985}
@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}p{color:#cbd5e1}a{color:#7dd3fc}}
</style></head>
<body><main>
<p style="font-size:.8rem;letter-spacing:.08em;text-transform:uppercase">503 · Policy Atlas</p>
<h1>Temporarily unavailable</h1>
<p>We can&rsquo;t reach our database right now, so the comparison can&rsquo;t be shown. Nothing is lost; please try again in a minute.</p>
<p><a href="">Try again</a></p>
</main></body></html>`;
}
