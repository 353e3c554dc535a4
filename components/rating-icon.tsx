import type { Rating } from "@/lib/ratings";

/** A shape per rating, so the rating never relies on colour alone. */
export function RatingIcon({
  rating,
  className = "h-4 w-4",
}: {
  rating: Rating;
  className?: string;
}) {
  const common = {
    "aria-hidden": true,
    viewBox: "0 0 16 16",
    className,
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 2,
  } as const;
  switch (rating) {
    case "protective":
      return (
        <svg {...common}>
          <path d="M3 8.5l3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case "neutral":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="3" fill="currentColor" stroke="none" />
        </svg>
      );
    case "concerning":
      return (
        <svg {...common}>
          <path d="M8 2l6.5 11.5h-13z" strokeLinejoin="round" />
          <path d="M8 6.5v3.2M8 11.6v.2" strokeLinecap="round" />
        </svg>
      );
    case "not-addressed":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="5.5" />
          <path d="M4.2 11.8l7.6-7.6" strokeLinecap="round" />
        </svg>
      );
  }
}
