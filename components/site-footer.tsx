import Link from "@/components/app-link";
import { OTA_ATTRIBUTION } from "@/lib/provenance";
import { PrintedFrom } from "./printed-from";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-7xl space-y-2 px-4 sm:px-6">
        <p>
          Policy Atlas summarises archived privacy policies in plain language. Every finding links
          to the policy&rsquo;s own words; it is not legal advice.{" "}
          <Link
            href="/methodology"
            className="underline hover:text-sky-800 dark:hover:text-sky-300"
          >
            How we rate
          </Link>
          .
        </p>
        <p>
          Data:{" "}
          <Link href="/api" className="underline hover:text-sky-800 dark:hover:text-sky-300">
            JSON API reference
          </Link>{" "}
          · curated policies archived by the Internet Archive&rsquo;s Wayback Machine · machine-read
          policies recorded by{" "}
          <a href={OTA_ATTRIBUTION.url} className="underline" rel="noopener noreferrer">
            {OTA_ATTRIBUTION.credit}
          </a>
          , licensed under{" "}
          <a href={OTA_ATTRIBUTION.licenceUrl} className="underline" rel="noopener noreferrer">
            {OTA_ATTRIBUTION.licence}
          </a>
          .
        </p>
        <PrintedFrom />
      </div>
    </footer>
  );
}
