import { describe, expect, it } from "vitest";
import { cssString } from "./css-string";

describe("cssString", () => {
  it("quotes plain text as it is", () => {
    expect(cssString("Automatically")).toBe('"Automatically"');
  });

  it("escapes the characters that would end the string or the declaration's value", () => {
    expect(cssString('Say "hi"')).toBe('"Say \\22 hi\\22 "');
    expect(cssString("a\\b")).toBe('"a\\5c b"');
    expect(cssString("two\nlines\r\f")).toBe('"two\\a lines\\d \\c "');
  });

  it("leaves other punctuation, which is safe inside a CSS string", () => {
    expect(cssString("Cookies; 'tracking' </style> & more")).toBe(
      "\"Cookies; 'tracking' </style> & more\"",
    );
  });
});
