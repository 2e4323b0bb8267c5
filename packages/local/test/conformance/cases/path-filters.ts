import { type ConformanceCase, DOCS } from "../harness.js";

// Step Functions reads JSONPath with Jayway JsonPath; the paths page limits only Reference Paths ("Lexical
// operators, which are non-symbolic, such as subsetof aren't supported" there), so the other Paths take
// Jayway's filter language, whose operators and functions its README lists.
const PATHS = `${DOCS}/amazon-states-language-paths.html`;
const JAYWAY = "https://github.com/json-path/JsonPath";

const pass = (parameters: object) => ({
  StartAt: "P",
  States: { P: { Type: "Pass", Parameters: parameters, End: true } },
});

export const PATH_FILTER_CASES: readonly ConformanceCase[] = [
  {
    // Jayway's UNDEFINED node (a path that names nothing) equals only itself (ValueNodes, EvaluatorFactory).
    name: "a field an item lacks is != any value and == only another missing field",
    source: `${JAYWAY}#filter-operators`,
    definition: pass({
      "open.$": "$.items[?(@.status != 'done')].id",
      "same.$": "$.items[?(@.a == @.b)].id",
    }),
    input: {
      items: [
        { id: 1, status: "done" },
        { id: 2, status: "new", a: 1, b: 1 },
        { id: 3, a: 1 },
      ],
    },
    expect: { output: { open: [2, 3], same: [1, 2] } },
  },
  {
    // Jayway matches a /regex/ against the whole string (its README: `[?(@.name =~ /foo.*?/i)]`).
    name: "=~ matches the whole string, not a part of it",
    source: `${JAYWAY}#filter-operators`,
    definition: pass({
      "whole.$": "$.items[?(@.name =~ /ab.*/i)].id",
      "part.$": "$.items[?(@.name =~ /b/)].id",
    }),
    input: {
      items: [
        { id: 1, name: "Abc" },
        { id: 2, name: "xab" },
        { id: 3, name: "b" },
      ],
    },
    expect: { output: { whole: [1], part: [3] } },
  },
  {
    // Pins that false and null count as present (item 2 and 3 were dropped) and that `!` inverts that.
    name: "a bare path in a filter tests only that the field exists, so false and null values are selected",
    source: `${JAYWAY}#path-examples`,
    definition: pass({ "yes.$": "$.items[?(@.flag)].id", "no.$": "$.items[?(!@.flag)].id" }),
    input: { items: [{ id: 1, flag: true }, { id: 2, flag: false }, { id: 3, flag: null }, { id: 4 }] },
    expect: { output: { yes: [1, 2, 3], no: [4] } },
  },
  {
    // Pins that a function inside a filter is applied (it was dropped, so the comparison was always false)
    // and that a bare path ending in a function tests that the function gives a value.
    name: "a path function at the end of a filter operand is applied to what the path selects",
    source: `${JAYWAY}#functions`,
    definition: pass({
      "many.$": "$.items[?(@.tags.length() > 1)].id",
      "cheap.$": "$.items[?(@.prices.min() < 5)].id",
      "average.$": "$.items[?(@.prices.avg() == 6)].id",
      "priced.$": "$.items[?(@.prices.max())].id",
    }),
    input: {
      items: [{ id: 1, tags: ["a", "b"], prices: [4, 8] }, { id: 2, tags: ["a"], prices: [6, 6] }, { id: 3 }],
    },
    expect: { output: { many: [1], cheap: [1], average: [1, 2], priced: [1, 2] } },
  },
  {
    // Pins membership in an array literal, nin selecting an item without the field, and `IN` read in any case.
    name: "in and nin test whether the left value is an element of the right array",
    source: `${JAYWAY}#filter-operators`,
    definition: pass({
      "in.$": "$.items[?(@.tag in ['a','b'])].id",
      "nin.$": "$.items[?(@.tag nin ['a', 'b'])].id",
      "upper.$": '$.items[?(@.tag IN ["c"])].id',
      "numbers.$": "$.items[?(@.id in [1, 3])].tag",
      "fromInput.$": "$.items[?(@.tag in $.allowed)].id",
    }),
    input: {
      allowed: ["c"],
      items: [{ id: 1, tag: "a" }, { id: 2, tag: "b" }, { id: 3, tag: "c" }, { id: 4 }],
    },
    expect: {
      output: { in: [1, 2], nin: [3, 4], upper: [3], numbers: ["a", "c"], fromInput: [3] },
    },
  },
  {
    // The README's own examples: `[?(@.sizes subsetof ['S', 'M', 'L'])]`, `anyof ['M', 'L']`, `noneof ['M', 'L']`.
    name: "subsetof, anyof and noneof compare the left array with the right one",
    source: `${JAYWAY}#filter-operators`,
    definition: pass({
      "subset.$": "$.shirts[?(@.sizes subsetof ['S', 'M', 'L'])].id",
      "any.$": "$.shirts[?(@.sizes anyof ['M', 'L'])].id",
      "none.$": "$.shirts[?(@.sizes noneof ['M', 'L'])].id",
    }),
    input: {
      shirts: [
        { id: 1, sizes: ["S", "M"] },
        { id: 2, sizes: ["XL", "L"] },
        { id: 3, sizes: ["XS"] },
        { id: 4, sizes: [] },
      ],
    },
    expect: { output: { subset: [1, 4], any: [1, 2], none: [3, 4] } },
  },
  {
    // Pins that size reads an array's and a string's length, and that empty compares with a boolean.
    name: "size compares the length of an array or string with a number, and empty compares emptiness with a boolean",
    source: `${JAYWAY}#filter-operators`,
    definition: pass({
      "twoTags.$": "$.items[?(@.tags size 2)].id",
      "shortName.$": "$.items[?(@.name size 3)].id",
      "noTags.$": "$.items[?(@.tags empty true)].id",
      "someTags.$": "$.items[?(@.tags empty false)].id",
      "blankName.$": "$.items[?(@.name empty true)].id",
    }),
    input: {
      items: [
        { id: 1, name: "pen", tags: ["a", "b"] },
        { id: 2, name: "", tags: [] },
        { id: 3, name: "notebook", tags: ["c"] },
      ],
    },
    expect: {
      output: { twoTags: [1], shortName: [1], noTags: [2], someTags: [1, 3], blankName: [2] },
    },
  },
  {
    // Pins that == compares a path's array with an array literal element by element, in order.
    name: "an array literal in either quote style is compared whole, in order, with ==",
    source: `${JAYWAY}#filter-operators`,
    definition: pass({
      "single.$": "$.items[?(@.tags == ['a', 'b'])].id",
      "double.$": '$.items[?(@.tags == ["b","a"])].id',
    }),
    input: {
      items: [
        { id: 1, tags: ["a", "b"] },
        { id: 2, tags: ["b", "a"] },
        { id: 3, tags: ["a"] },
      ],
    },
    expect: { output: { single: [1], double: [2] } },
  },
  {
    // Jayway's evaluator throws on an operand of the wrong kind and PredicatePathToken drops the item, so
    // `!` does not turn that into a match. Pins that a rejection is not a plain false under `!` or `nin`.
    name: "an operand of the wrong kind (in with a string on the right) drops the item even under !",
    source: `${JAYWAY}#filter-operators`,
    definition: pass({
      "negated.$": "$.items[?(!(@.tag in 'ab'))].id",
      "nin.$": "$.items[?(@.tag nin $.missing)].id",
      "either.$": "$.items[?(@.id == 1 || @.tag in 'ab')].id",
    }),
    input: {
      items: [
        { id: 1, tag: "a" },
        { id: 2, tag: "c" },
      ],
    },
    expect: { output: { negated: [], nin: [], either: [1] } },
  },
  {
    name: "filters with word operators work in InputPath and OutputPath too",
    source: PATHS,
    definition: {
      StartAt: "P",
      States: {
        P: {
          Type: "Pass",
          InputPath: "$.items[?(@.tag in ['a'])]",
          OutputPath: "$[?(@.tags size 1)].id",
          End: true,
        },
      },
    },
    input: {
      items: [
        { id: 1, tag: "a", tags: ["x"] },
        { id: 2, tag: "b", tags: [] },
        { id: 3, tag: "a", tags: [] },
      ],
    },
    expect: { output: [1] },
  },
];
