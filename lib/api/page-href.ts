/** The same request for another page: the path and query as asked, with `page` replaced. */
export function pageHref(url: URL, page: number): string {
  const params = new URLSearchParams(url.search);
  params.set("page", String(page));
  return `${url.pathname}?${params.toString().replaceAll("%2C", ",")}`;
}
