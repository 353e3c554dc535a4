import Link from "@/components/app-link";
import type { ComponentProps } from "react";

const STYLE = "text-sky-800 underline dark:text-sky-300";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string };

/**
 * A link inside running text, in the site's one link style. Pages go through next/link; other
 * sites and the JSON API are plain anchors (there is no page to navigate to in the app), and
 * other sites get no referrer and no handle on this window.
 */
export function TextLink({ href, className, ...rest }: Props) {
  const style = className ? `${STYLE} ${className}` : STYLE;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href))
    return <a href={href} className={style} rel="noopener noreferrer" {...rest} />;
  if (href.startsWith("/api/")) return <a href={href} className={style} {...rest} />;
  return <Link href={href} className={style} {...rest} />;
}
