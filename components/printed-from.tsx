"use client";

import { useEffect, useState } from "react";

const day = (d: Date) =>
  d.toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric" });

/**
 * Paper loses a page's address: a printed comparison taken to a meeting says where it came
 * from, with its filters, and when, so a colleague can open the same view and see how old it
 * is. Read at print time, since filters change the address without a new page.
 */
export function PrintedFrom() {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setLine(`Printed from ${location.href} on ${day(new Date())}.`);
    read();
    window.addEventListener("beforeprint", read);
    return () => window.removeEventListener("beforeprint", read);
  }, []);
  if (!line) return null;
  return <p className="hidden break-all print:block">{line}</p>;
}
