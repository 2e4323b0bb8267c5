import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/load/parse-json.js";

describe("parseJson", () => {
  it("parses JSON", () => {
    expect(parseJson('{"a":[1,true,null]}')).toEqual({ ok: true, value: { a: [1, true, null] } });
  });

  it.each([
    ['{\n  "a": 1,\n}', "line 3 column 1: Expected double-quoted property name"],
    ['{"a" 1}', "line 1 column 6: Expected ':' after property name"],
    ['{"a":1}}', "line 1 column 8: Unexpected non-whitespace character after JSON"],
    ["", "the file is empty"],
    ["[1,", "Unexpected end of JSON input"],
  ])("says where %j goes wrong", (text, error) => {
    expect(parseJson(text)).toEqual({ ok: false, error });
  });
});
