import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPolicy } from "./ingest";
import { sentencesOf } from "./sentences";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const clauses = (name: string) => readPolicy(fixture(name), "markdown").clauses;

describe("table cells with line breaks and bulleted lines (Spotify)", () => {
  const rows = clauses("spotify-table-excerpt.md");
  const row = (start: string) => {
    const found = rows.find((c) => c.text.startsWith(start));
    if (!found) throw new Error(`no row starting "${start}"`);
    return found.text;
  };

  it("puts each line of a cell on a line of its own, a list of names on one, without list markers", () => {
    expect(row("Advertising partners")).toBe(
      "Advertising partners — User Data; Usage Data — So Spotify and our advertising partners can deliver more relevant advertising to you on the Spotify Service and online, and help measure the effectiveness of ads.\nWe do not disclose personal data to advertising partners for users under the age of 18.",
    );
  });

  it("never glues a cell's lines or leaks a list marker", () => {
    for (const { text } of rows) {
      expect(text).not.toMatch(/\*|<br/i);
      expect(text).not.toMatch(/[a-z][.:]?[A-Z][a-z]/);
    }
    expect(row("Marketing Partners")).toContain(
      "measure the effectiveness of Spotify promotions\nExamples of partners include:\nmarketing or sponsorship partners\n",
    );
  });

  it("reads each line of a cell as a statement of its own", () => {
    const sentences = sentencesOf(row("Marketing Partners")).map((s) => s.text);
    expect(sentences).toContain("Examples of partners include:");
    expect(sentences).toContain("marketing or sponsorship partners");
  });

  it("keeps the table's header row out of the clauses", () => {
    expect(rows.some((c) => c.text.startsWith("Categories of recipients"))).toBe(false);
  });
});

describe("a policy whose body is a numbered list of sections (LinkedIn)", () => {
  const read = clauses("linkedin-sections-excerpt.md");

  it("reads each section's headings as headings and each paragraph as a clause", () => {
    const security = read.filter((c) => c.headingPath.includes("5.1. Security"));
    expect(security.map((c) => c.headingPath)).toEqual([
      ["5. Other Important Information", "5.1. Security"],
      ["5. Other Important Information", "5.1. Security"],
    ]);
    expect(security[0]?.text).toBe(
      "We monitor for and try to prevent security breaches. Please use the security features available through our Services.",
    );
    expect(read.find((c) => c.text.startsWith("To create an account"))?.headingPath).toEqual([
      "1. Data We Collect",
      "1.1 Data You Provide To Us",
      "Registration",
    ]);
  });

  it("keeps a section's headings within it, not over the sections after it", () => {
    expect(read.find((c) => c.text.startsWith("We are a social network"))?.headingPath).toEqual([
      "Introduction",
    ]);
    expect(read.every((c) => c.text.length < 1200)).toBe(true);
    expect(read.some((c) => c.text.includes("Other Important Information"))).toBe(false);
  });
});

describe("sub-sections nested as list items (OpenSea)", () => {
  const read = clauses("opensea-nested-sections-excerpt.md");

  it("makes each nested item a clause, not one clause of the whole section", () => {
    expect(read.map((c) => c.text.slice(0, 24))).toEqual([
      "Privacy Policy",
      "Ozone Networks, Inc. d/b",
      "Types of Information We ",
      "Information You Provide ",
      "Account Information. Whe",
      "Verification Information",
      "Preferences. Our Service",
      "Feedback. If you provide",
      "Other Information. We al",
      "Additionally, like much ",
    ]);
  });
});

describe("a list item that is one statement", () => {
  it("stays one clause with its lead-in and its items", () => {
    const md =
      "# P\n\n## Use\n\n1. We use data to:\n   - send you mail\n   - bill you\n2. We never sell data.\n";
    expect(readPolicy(md, "markdown").clauses.map((c) => c.text)).toEqual([
      "We use data to:\nsend you mail\nbill you",
      "We never sell data.",
    ]);
  });

  it("gives a section item's title line as its heading, under the heading above the list", () => {
    const md =
      "# P\n\n## Regions\n\n- Brazil\n\n  First paragraph.\n\n  Second paragraph.\n\n- Canada\n\n  Third paragraph.\n\n  Fourth paragraph.\n\nAfter the list.\n";
    expect(readPolicy(md, "markdown").clauses).toEqual([
      { text: "First paragraph.", headingPath: ["Regions", "Brazil"] },
      { text: "Second paragraph.", headingPath: ["Regions", "Brazil"] },
      { text: "Third paragraph.", headingPath: ["Regions", "Canada"] },
      { text: "Fourth paragraph.", headingPath: ["Regions", "Canada"] },
      { text: "After the list.", headingPath: ["Regions"] },
    ]);
  });
});

describe("tables read from HTML", () => {
  it("separates a cell's list items and paragraphs", () => {
    const html =
      "<html><body><h1>P</h1><h2>Information we may disclose</h2><table><tr><th>Recipients</th><th>Data</th><th>Why</th></tr><tr><td>Advertising partners</td><td><ul><li>User Data</li><li>Usage Data</li></ul></td><td><p>So we can advertise.</p><p>Not for minors.</p></td></tr><tr><td>Other</td><td>A<br>B</td><td>x</td></tr></table></body></html>";
    expect(readPolicy(html, "html").clauses.map((c) => c.text)).toEqual([
      "Advertising partners — User Data; Usage Data — So we can advertise.\nNot for minors.",
      "Other — A; B — x",
    ]);
  });
});

describe("a table indented in a list item (WeTransfer)", () => {
  const read = clauses("wetransfer-indented-table-excerpt.md");

  it("reads the table's rows as clauses, not as text full of pipes", () => {
    expect(read.some((c) => c.text.includes("|"))).toBe(false);
    // The list item holding it is a section, so each row is a clause under the section's title.
    const row = read.find((c) => c.text.startsWith("User Content — "));
    expect(row?.headingPath).toEqual(["What information do we collect", "Information you provide"]);
  });
});

/*
 * Excerpts of the corpus's latest texts (Open Terms Archive contributors, ODC-BY 1.0), each item
 * or cell cut after its first sentence or two.
 */
const read = (md: string) => readPolicy(md, "markdown").clauses;

describe("a lead-in and a list of items with run-in titles (Ubiquiti, OpenSea, WP Engine)", () => {
  it("makes each titled item a clause of its own, after its lead-in (plain titles, Ubiquiti)", () => {
    const md = [
      "# Privacy Policy",
      "",
      "## Privacy Policy of Ubiquiti Inc.",
      "",
      "*   How We May Disclose Information. We may disclose the information we collect related to the Services as follows:",
      "    *   Usage Data. We may provide Usage Data to our customers in connection with the Services which those customers use.",
      "    *   Aggregate or De-identified Data. We may share Non-Personally Identifiable Information, including Usage Data, with certain third-parties.",
      "    *   Business Transfers. If we are acquired by or merged with another company, we may transfer the information we have collected from you to the other company.",
      "*   Public Information. Please note that if you choose to share information about yourself in any discussion forum, we consider that information to be public.",
    ].join("\n");
    expect(read(md).map((c) => c.text.slice(0, 30))).toEqual([
      "How We May Disclose Informatio",
      "Usage Data. We may provide Usa",
      "Aggregate or De-identified Dat",
      "Business Transfers. If we are ",
      "Public Information. Please not",
    ]);
    expect(read(md).every((c) => c.headingPath.join() === "Privacy Policy of Ubiquiti Inc.")).toBe(
      true,
    );
  });

  it("reads bold run-in titles the same way (OpenSea), and a bold title above them as a heading (WP Engine)", () => {
    const opensea = [
      "# Privacy Policy",
      "",
      "3. **Disclosure of Your Information.** We disclose your information and information about you as described below:",
      "    1. **Third Party Service Providers.** We may share your information and information about you with third party service providers.",
      "    2. **Affiliates.** In order to provide our Services in accordance with our contract with you, we may share some or all of your information with any subsidiaries.",
    ].join("\n");
    expect(read(opensea).map((c) => c.text.slice(0, 20))).toEqual([
      "Disclosure of Your I",
      "Third Party Service ",
      "Affiliates. In order",
    ]);
    const wpengine = [
      "# Privacy Policy",
      "",
      "1.  **Personal Data We Collect**",
      "    1.  **Information You Give Us**. In order for you to use our Services and other features of our Site, we will ask you for some of your personal data (e.g. contact information, name, etc.).",
      "    2.  **Activity Logs**. As is true of most websites, we gather certain information automatically through your use of our Services and other features of our Site.",
      "2.  **How We Use Personal Data**. WP Engine will only use the personal data we collect as reasonably necessary for the following purposes:",
    ].join("\n");
    expect(read(wpengine)).toEqual([
      {
        text: "Information You Give Us. In order for you to use our Services and other features of our Site, we will ask you for some of your personal data (e.g. contact information, name, etc.).",
        headingPath: ["Personal Data We Collect"],
      },
      {
        text: "Activity Logs. As is true of most websites, we gather certain information automatically through your use of our Services and other features of our Site.",
        headingPath: ["Personal Data We Collect"],
      },
      {
        text: "How We Use Personal Data. WP Engine will only use the personal data we collect as reasonably necessary for the following purposes:",
        headingPath: [],
      },
    ]);
  });

  it("keeps a lead-in with a list of untitled items, or of names, one clause", () => {
    const md =
      "# P\n\n- Office and visitors: we collect:\n  - Contact Information\n  - Visit Information\n- We use data to:\n  - Send you mail. Weekly.\n  - bill you\n";
    expect(read(md).map((c) => c.text)).toEqual([
      "Office and visitors: we collect:\nContact Information\nVisit Information",
      "We use data to:\nSend you mail. Weekly.\nbill you",
    ]);
  });
});

describe("a paragraph of several paragraphs joined by hard line breaks (XING)", () => {
  const md = [
    "# Privacy",
    "",
    "#### Measurement and optimisation of advertising",
    "",
    "With your permission, we and third-party providers we commission will use cookies. The cookies have a lifespan of up to 2 years.  ",
    "In this context, the servers of third-party providers (e.g. marketers) might be accessed directly when using XING. Here, the respective third-party provider may record the fact that you visited our website(s).  ",
    "Third-party providers are solely responsible for operating their IT systems in line with applicable data-protection practices and law. Third-party providers are responsible for deciding how long data is stored.",
    "",
    "Right of access:  ",
    "You can ask us for a copy of the data we hold about you. We answer within a month.",
    "",
    "New Work SE.  ",
    "Am Strandkai 1.  ",
    "Hamburg",
  ].join("\n");

  it("makes a clause of each line that is a paragraph of its own (sentences, ending one)", () => {
    expect(read(md).map((c) => c.text.slice(0, 24))).toEqual([
      "With your permission, we",
      "In this context, the ser",
      "Third-party providers ar",
      "Right of access:\nYou can",
      "New Work SE.\nAm Strandka",
    ]);
  });
});

describe("tables the page's converter left malformed (Verizon, Forbes, Google Play)", () => {
  it("reads the caption glued to a leftover delimiter row as the rows' title, never as pipes", () => {
    const md = [
      "# Privacy",
      "",
      "## We use some types of information for additional purposes:",
      "",
      "|     |     |",
      "| --- | --- |Information we use for additional purposes",
      "| Information: | Additional uses: |",
      "| --- | --- |",
      "| Network usage information | *   To measure service quality on your current plan and other plans we offer |",
      "| Domain name server information | *   To deliver content efficiently<br>*   To block harmful content |",
    ].join("\n");
    const clauses = read(md);
    expect(clauses.some((c) => c.text.includes("|") || c.text.includes("---"))).toBe(false);
    expect(clauses).toEqual([
      {
        text: "Network usage information — To measure service quality on your current plan and other plans we offer",
        headingPath: [
          "We use some types of information for additional purposes:",
          "Information we use for additional purposes",
        ],
      },
      {
        text: "Domain name server information — To deliver content efficiently; To block harmful content",
        headingPath: [
          "We use some types of information for additional purposes:",
          "Information we use for additional purposes",
        ],
      },
    ]);
  });

  it("shows once a cell's toggle label repeated above its text (Verizon)", () => {
    const md =
      "# P\n\n| | Relevant TV Advertising |\n| --- | --- |\n| Where will I see ads? | [When you view Fios TV](#)<br><br>When you view Fios TV<br><br>This may include when you view Fios TV on your TV. |\n";
    expect(read(md).map((c) => c.text)).toEqual([
      "Where will I see ads? — When you view Fios TV\nThis may include when you view Fios TV on your TV.",
    ]);
  });

  it("takes a bold row under an empty header row as the header (Google Play), a bold title alone as a clause (Tinder)", () => {
    const play =
      "# P\n\n|     |     |\n| --- | --- |\n| **Do** | **Don't** |\n| Ensure that your app does not link persistent IDs to resettable device identifiers. | Don't link IMEI with a user's location. |\n";
    expect(read(play).map((c) => c.text)).toEqual([
      "Ensure that your app does not link persistent IDs to resettable device identifiers. — Don't link IMEI with a user's location.",
    ]);
    const tinder =
      "# P\n\n|     |     |\n| --- | --- |\n| **Data you give us** |     |\n| **Categories** | **Description** |\n| **Account Data** | When you create an account, you give us basic information. |\n";
    expect(read(tinder).map((c) => c.text)).toEqual([
      "Data you give us",
      "Categories — Description",
      "Account Data — When you create an account, you give us basic information.",
    ]);
  });
});

describe("a table row whose cells are each a lead-in and its list (Google, PayPal, Spotify)", () => {
  it("reads each such cell as a clause, so no clause opens with the cells' dash", () => {
    const md = [
      "# Privacy Policy",
      "",
      "## Legal bases of processing",
      "",
      "| Purposes | Data | Legal grounds |",
      "| --- | --- | --- |",
      "| **To provide Google services, products and features**<br><br>Examples of processing activities:<br><br>*   We process the terms that you search for in order to return results.<br>*   We process your payment information when you buy extra storage for Google Drive. | The information processed will depend on how you use Google services and your settings, but could include the following:<br><br>*   [Things that you create or provide to us](#infocollect):<br>    *   Content that you create, upload or receive (like photos, videos, emails, docs and spreadsheets). | The legal grounds for processing this information will depend on how you use Google services and your settings, but could include the following:<br><br>*   To **perform a contract** with you, such as loading a YouTube video. |",
    ].join("\n");
    expect(read(md).map((c) => c.text)).toEqual([
      "To provide Google services, products and features\nExamples of processing activities:\nWe process the terms that you search for in order to return results.\nWe process your payment information when you buy extra storage for Google Drive.",
      "The information processed will depend on how you use Google services and your settings, but could include the following:\nThings that you create or provide to us:\nContent that you create, upload or receive (like photos, videos, emails, docs and spreadsheets).",
      "The legal grounds for processing this information will depend on how you use Google services and your settings, but could include the following:\nTo perform a contract with you, such as loading a YouTube video.",
    ]);
  });

  it("keeps a short label in the first cell with the cell after it (Spotify)", () => {
    const md =
      "# P\n\n| Right | What | How |\n| --- | --- | --- |\n| **Deletion** | **Request that we delete certain of your personal data.**<br><br>Please note:<br><br>*   we keep some data | There are several ways you can delete personal data from Spotify:<br><br>*   to remove audio content, select it |\n";
    expect(read(md).map((c) => c.text)).toEqual([
      "Deletion — Request that we delete certain of your personal data.\nPlease note:\nwe keep some data",
      "There are several ways you can delete personal data from Spotify:\nto remove audio content, select it",
    ]);
  });

  it("keeps a row with one list cell one clause, the row's sentence", () => {
    const md =
      "# P\n\n| Information | Uses |\n| --- | --- |\n| Information obtained from others | *   To verify your identity<br>*   To contact you with marketing offers |\n";
    expect(read(md).map((c) => c.text)).toEqual([
      "Information obtained from others — To verify your identity; To contact you with marketing offers",
    ]);
  });
});

describe("a table row titled by a heading in its first cell (Bumble)", () => {
  const md = [
    "# Privacy",
    "",
    "## Sharing",
    "",
    "| When we share information, with who, and why | What information we share |",
    "| --- | --- |",
    "| ##### Moderators<br><br>To monitor activity on the App for compliance with the Community Guidelines and the Terms and Conditions of Use. | *   Name<br>*   Member registration details |",
    "| ##### Service Providers<br><br>To offer some of our functions and services that are made possible by working with our trusted Service Providers.<br><br>For example, in order to provide our services, we typically use Service Providers like:<br><br>*   Billing services to allow customers to purchase paid features of our App  <br>    (for example, Google Play)<br>*   Authentication services to allow customers to authenticate their account  <br>    *   Veriff provides identity verification services using document and biometric checks.<br><br>##### What exactly does this mean?<br><br>What we don’t do. We do not sell it. | Depending on the service or function, this can include any personal information discussed in this Policy. |",
    "| Aggregated information | Personal information that does not directly identify you. |",
  ].join("\n");

  it("takes the heading as the row's heading, never as words of a clause", () => {
    const clauses = read(md);
    expect(clauses.some((c) => c.text.includes("#"))).toBe(false);
    expect(clauses[0]).toEqual({
      text: "To monitor activity on the App for compliance with the Community Guidelines and the Terms and Conditions of Use. — Name; Member registration details",
      headingPath: ["Sharing", "Moderators"],
    });
    // A row without a heading stays under the table's headings.
    expect(clauses[clauses.length - 1]).toEqual({
      text: "Aggregated information — Personal information that does not directly identify you.",
      headingPath: ["Sharing"],
    });
  });

  it("reads a titled cell of several blocks as the document's paragraphs and list items, a heading within titling those below it", () => {
    const rows = read(md).slice(1, -1);
    expect(rows.map((c) => [c.headingPath.slice(1).join(" > "), c.text])).toEqual([
      [
        "Service Providers",
        "To offer some of our functions and services that are made possible by working with our trusted Service Providers.",
      ],
      [
        "Service Providers",
        "For example, in order to provide our services, we typically use Service Providers like:",
      ],
      [
        "Service Providers",
        "Billing services to allow customers to purchase paid features of our App\n(for example, Google Play)",
      ],
      [
        "Service Providers",
        "Authentication services to allow customers to authenticate their account\nVeriff provides identity verification services using document and biometric checks.",
      ],
      ["Service Providers > What exactly does this mean?", "What we don’t do. We do not sell it."],
      [
        "Service Providers",
        "Depending on the service or function, this can include any personal information discussed in this Policy.",
      ],
    ]);
  });

  it("takes a row of headings under an empty header row as the header (The Reach Group)", () => {
    const table =
      "# P\n\n|     |     |\n| --- | --- |\n| #### Cookie | #### Intended use |\n| PHPSESSID | Identification of the same session by storing an ID. |\n";
    expect(read(table).map((c) => c.text)).toEqual([
      "PHPSESSID — Identification of the same session by storing an ID.",
    ]);
  });
});

describe("a link whose text spans blocks (Verizon, Instagram)", () => {
  it("drops the unmatched bracket opening a heading and the link target closing the block after it", () => {
    const md = [
      "# Privacy",
      "",
      "*   [How does Verizon use information?",
      "    ---------------------------------",
      "    ",
      "    Learn about the different ways we use the information we collect.](#acc-item-31)",
    ].join("\n");
    expect(read(md)).toEqual([
      {
        text: "Learn about the different ways we use the information we collect.",
        headingPath: ["How does Verizon use information?"],
      },
    ]);
  });

  it("makes no clause of a lone bracket, and keeps brackets that match", () => {
    const md =
      "# P\n\n[\n\n![](https://example.com/a.png)\n\nPrivacy Center](https://privacycenter.instagram.com/guide/)\n\nSee [1] and the [Help Center](https://example.com).\n";
    expect(read(md).map((c) => c.text)).toEqual(["Privacy Center", "See [1] and the Help Center."]);
  });
});

describe("a list typed by hand inside a paragraph (Chayn, Lydia, ironSource)", () => {
  it("reads each marked line as a list item, a clause without its marker, after its lead-in", () => {
    const md = [
      "# Privacy",
      "",
      "**Information that you give to us**  ",
      "We collect, process and use your personal information when you:  ",
      "\\- sign up to our mailing list via our website or through our apps;  ",
      "\\- contact us by email or through our website;  ",
      "\\-fill out forms out on our website;  ",
      "\u200d  ",
      "**The information we collect includes**:  ",
      "\\-your name and title;  ",
      "\\-phone number and email address;",
    ].join("\n");
    expect(read(md).map((c) => c.text)).toEqual([
      "Information that you give to us\nWe collect, process and use your personal information when you:",
      "sign up to our mailing list via our website or through our apps;",
      "contact us by email or through our website;",
      "fill out forms out on our website;",
      "The information we collect includes:",
      "your name and title;",
      "phone number and email address;",
    ]);
  });

  it("drops the marker of a paragraph that is one item (Lydia's '\\-', ironSource's '–')", () => {
    const md =
      "# P\n\n\\- The legal bases on which the processing is carried out;\n\n– Advertising Companies; and\n\n– Analytics Providers.\n";
    expect(read(md).map((c) => c.text)).toEqual([
      "The legal bases on which the processing is carried out;",
      "Advertising Companies; and",
      "Analytics Providers.",
    ]);
  });

  it("keeps an address with one marked line one clause (Roblox), and a dash that is no marker", () => {
    const md =
      "# P\n\nOur data protection officer can be reached via:  \nDP Dock DPO Services GmbH  \n\\- Roblox  \nGrüffkamp 10\n\n-5 degrees is cold.\n";
    expect(read(md).map((c) => c.text)).toEqual([
      "Our data protection officer can be reached via:\nDP Dock DPO Services GmbH\n- Roblox\nGrüffkamp 10",
      "-5 degrees is cold.",
    ]);
  });
});

describe("blocks the policy's structure divides, once read as one clause (Instacart, Coinbase, Wikipedia)", () => {
  it("reads sub-items opening with a bold title in sentence case as titled items (Instacart)", () => {
    const md = [
      "# P",
      "",
      "1.  **Information You Provide**   ",
      "    We collect the following Personal Information directly from you:",
      "",
      "    *   **Contact information**. When you use or interact with the Services, we collect relevant contact details from you.",
      "    *   **Account information**. When you set up an Instacart account, we collect your username and password.",
    ].join("\n");
    expect(read(md).map((c) => c.text.slice(0, 24))).toEqual([
      "Information You Provide\n",
      "Contact information. Whe",
      "Account information. Whe",
    ]);
  });

  it("makes each sub-item a clause when the item and most sub-items are statements of their own (Coinbase)", () => {
    const md = [
      "# P",
      "",
      "*   If you have a complaint, you can submit it via our Support Portal. We take all complaints seriously.",
      "    *   If you reside in the EEA, you have the right to lodge a complaint with the supervisory authority. In Ireland, it is the Data Protection Commission.",
      "    *   If you reside in Canada, you may contact the Office of the Privacy Commissioner of Canada. Its address is on its site.",
    ].join("\n");
    expect(read(md).map((c) => c.text.slice(0, 28))).toEqual([
      "If you have a complaint, you",
      "If you reside in the EEA, yo",
      "If you reside in Canada, you",
    ]);
    // Under a lead-in, the same items stay with it.
    expect(read(md.replace("We take all complaints seriously.", "You may:"))).toHaveLength(1);
  });

  it("reads a one-column box as a passage under its title, its title lines titling the blocks below (Wikipedia)", () => {
    const md = [
      "# P",
      "",
      "| More on what the Wikimedia Foundation Privacy Policy does not cover |",
      "| --- |",
      "| This section explains which situations are not covered by our Privacy Policy.<br><br>Community members<br><br>The Wikimedia Sites are maintained by a global community of volunteers.<br><br>*   **Administrative volunteers**. These are volunteers who enforce Wikimedia Site policies.<br>*   **Tool providers**. We support platforms for third-party developers. |",
    ].join("\n");
    const box = "More on what the Wikimedia Foundation Privacy Policy does not cover";
    expect(read(md)).toEqual([
      {
        text: "This section explains which situations are not covered by our Privacy Policy.",
        headingPath: [box],
      },
      {
        text: "The Wikimedia Sites are maintained by a global community of volunteers.",
        headingPath: [box, "Community members"],
      },
      {
        text: "Administrative volunteers. These are volunteers who enforce Wikimedia Site policies.",
        headingPath: [box, "Community members"],
      },
      {
        text: "Tool providers. We support platforms for third-party developers.",
        headingPath: [box, "Community members"],
      },
    ]);
  });
});
