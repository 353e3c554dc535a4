import { TextLink } from "@/components/text-link";
import { VersionNotFoundLinks } from "@/components/history/version-not-found-links";

/**
 * An unknown version, another company's version, or an address that is no version id. Next
 * gives a not-found boundary no params, so the link to the company's own history is read from
 * the address by a small client component.
 */
export default function VersionNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-5 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-slate-500 uppercase">404</p>
      <h1 className="text-2xl font-bold">No such version of this company&rsquo;s policy</h1>
      <p className="text-slate-700 dark:text-slate-300">
        A version&rsquo;s address is its company and the number its policy history gives it; this
        one names no version of this company&rsquo;s policy (it may be another company&rsquo;s, or
        mistyped). Pick the version from the company&rsquo;s history.
      </p>
      <VersionNotFoundLinks />
      <p>
        <TextLink href="/companies">Browse all companies</TextLink>
      </p>
    </div>
  );
}
