/*
 * The corpus policies chosen for the project's own training labels: many sectors and styles
 * (short and long, US and EU, consumer and business), one policy per company family.
 */
export const LABELLING_SET = [
  // cloud storage & backup, productivity
  "mediafire",
  "wetransfer",
  "gofile",
  "uschovna-cz",
  "evernote",
  "bitwarden",
  // messaging
  "telegram",
  "wire",
  "olvid",
  "line",
  "discord",
  "proton-mail",
  "whatsapp",
  "signal",
  // social
  "bluesky",
  "reddit",
  "tumblr",
  "snapchat",
  "nextdoor",
  "deviantart",
  "flickr",
  // search & browsers
  "duckduckgo",
  "qwant",
  "firefox",
  "webcrawler",
  // shopping & payments
  "starbucks",
  "instacart",
  "lydia",
  "vanco-payment-solutions",
  "vinted",
  "temu",
  // finance & crypto
  "coinbase",
  "kraken",
  "opensea",
  "hsbc",
  "bankid",
  "allstate",
  // media & news
  "the-guardian",
  "the-new-york-times",
  "financial-times",
  "the-register",
  "bbc",
  "substack",
  // entertainment & games
  "spotify",
  "steam",
  "blizzard",
  "crunchyroll",
  "twitch",
  "netflix",
  "wordfeud",
  "vimeo",
  // developer & cloud platforms
  "github",
  "gitlab",
  "hetzner",
  "cloudflare",
  "hugging-face",
  "uptimerobot",
  "overleaf",
  // travel & transport
  "lyft",
  "donkey-republic",
  "finnair",
  "deutsche-bahn",
  "booking-com",
  "bolt",
  // health
  "aetna",
  "chayn",
  // dating
  "tinder",
  "okcupid",
  "happn",
  // public sector & education
  "coursera",
  "ucla-edu",
  "wikipedia",
  "proctorio",
  "vocabularyspellingcity",
  // adult
  "pornhub",
  // advertising, tools
  "criteo",
  "zoom",
  "grammarly",
  "yelp",
  "nordvpn",
] as const;
