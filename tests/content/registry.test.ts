import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type CheckedProps,
  COMPONENT_NAMES,
  COMPONENTS,
  type ComponentName,
  type RendererProps,
} from "@/lib/content/components";
import { parseArticle } from "@/lib/content/parse";
import type { entryPropsSchema, translatedPropsSchema } from "@/lib/content/schema";
import type { KbEntry, LifecycleNote, Translation } from "@/lib/kb/model";
import { FIXTURE_KB } from "../support/fixture-kb";

const alpha = readFileSync(path.join(FIXTURE_KB, "alpha-widget.mdx"), "utf8");

/** Valid attributes for each registered component: adding a component without one fails here. */
const SAMPLE_PROPS: { [N in ComponentName]: string } = {
  ErrorEntry:
    'id="sample-entry" name="Sample" appears="agent-console" messages={["Sample failed"]}',
  Resolution: "",
  EntryTable: "",
  Note: "",
  Translated: 'lang="fr" names={["Échec"]}',
  Lifecycle: 'status="retired"',
};

/** A complete, valid entry holding `inside` (after its description). */
function entryWith(inside: string): string {
  return `<ErrorEntry ${SAMPLE_PROPS.ErrorEntry}>\n\nWhat it means.\n\n${inside}\n\n<Resolution>\n\n1. Fix it.\n\n</Resolution>\n\n</ErrorEntry>`;
}

/** The component written validly, its body as its rule wants it. */
function written(name: ComponentName): string {
  const props = SAMPLE_PROPS[name];
  switch (COMPONENTS[name].body) {
    case "empty":
      return `<${name} ${props} />`;
    case "markdown":
      return `<${name} ${props}>\n\nSome text.\n\n</${name}>`;
    case "steps":
      return `<${name} ${props}>\n\n1. A step.\n\n</${name}>`;
    case "entry":
      return entryWith("").replaceAll("ErrorEntry", name);
  }
}

/** Where the component may stand: inside an entry when it must, else in the article. */
function placed(name: ComponentName, text = written(name)): string {
  return COMPONENTS[name].placement === "entry" ? entryWith(text) : text;
}

function messages(body: string): string {
  const source = alpha.replace("## Statuses", `${body}\n\n## Statuses`);
  const result = parseArticle(source, "a.mdx", "a");
  return result.ok ? "" : result.issues.map((i) => i.message).join("\n");
}

describe("the registry's rules hold for every component alike", () => {
  for (const name of COMPONENT_NAMES) {
    const rule = COMPONENTS[name];
    it(`<${name}> written as its rule says is accepted`, () => {
      // A steps component takes the place of the entry's <Resolution>: an entry holds one.
      const text =
        rule.body === "steps"
          ? entryWith("").replace(/<Resolution>[\s\S]*<\/Resolution>/, written(name))
          : placed(name);
      expect(messages(text)).toBe("");
    });
    if (rule.body === "empty") {
      it(`<${name}> takes no content`, () => {
        const text = `<${name} ${SAMPLE_PROPS[name]}>\n\nsome text\n\n</${name}>`;
        expect(messages(placed(name, text))).toContain(`<${name}> takes no content`);
      });
    }
    if (rule.placement === "entry") {
      it(`<${name}> belongs inside an entry`, () => {
        expect(messages(written(name))).toContain(`<${name}> belongs inside an <ErrorEntry>`);
      });
    }
    if (rule.placement === "article") {
      it(`<${name}> cannot stand inside an entry`, () => {
        expect(messages(entryWith(written(name)))).toContain(`<${name}> cannot be nested inside`);
      });
    }
    if (rule.body === "steps") {
      it(`<${name}> must hold exactly one ordered list`, () => {
        const entry = entryWith("").replace(
          /<Resolution>[\s\S]*<\/Resolution>/,
          `<${name}>\n\n- Not numbered.\n\n</${name}>`,
        );
        expect(messages(entry)).toContain(`<${name}> must hold exactly one ordered list`);
      });
    }
  }

  it("an entry needs exactly one steps component and a description", () => {
    const twice = entryWith("<Resolution>\n\n1. Again.\n\n</Resolution>");
    expect(messages(twice)).toMatch(/has more than one <Resolution>; merge them/);
    const none = entryWith("").replace(/<Resolution>[\s\S]*<\/Resolution>/, "");
    expect(messages(none)).toMatch(/add a <Resolution> with an ordered list of steps/);
    const bare = entryWith("").replace("What it means.", "");
    expect(messages(bare)).toMatch(/add a description before <Resolution>/);
  });

  it("an annotation nested below its entry is refused, not dropped", () => {
    const nested = entryWith(`<Note>\n\n<Translated ${SAMPLE_PROPS.Translated} />\n\n</Note>`);
    expect(messages(nested)).toMatch(/<Translated> must stand on lines of its own/);
  });
});

describe("types are inferred from the registry's schemas", () => {
  it("the model's entry carries the <ErrorEntry> props as checked", () => {
    type Written = z.output<typeof entryPropsSchema>;
    expectTypeOf<KbEntry["messages"]>().toEqualTypeOf<Written["messages"]>();
    expectTypeOf<KbEntry["aliases"]>().toEqualTypeOf<Written["aliases"]>();
    expectTypeOf<Translation>().toEqualTypeOf<z.output<typeof translatedPropsSchema>>();
    expectTypeOf<Omit<LifecycleNote, "scope">>().toEqualTypeOf<CheckedProps<"Lifecycle">>();
  });

  it("a renderer receives the props as written, and its body unless it takes none", () => {
    expectTypeOf<RendererProps<"ErrorEntry">["aliases"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<RendererProps<"ErrorEntry">>().toHaveProperty("children");
    expectTypeOf<RendererProps<"Translated">>().not.toHaveProperty("children");
    // @ts-expect-error -- a prop the schema does not have is not a renderer's prop.
    expectTypeOf<RendererProps<"ErrorEntry">>().toHaveProperty("message");
  });
});
