import { describe, expect, it } from "vitest";
import { jsonSchemaOf, OPEN_DATA_SCHEMAS, type OpenDataJson } from "./schemas.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The JSON Pointer of every property, at any depth, whose schema has no description. */
function undescribed(schema: unknown, path = "#"): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => undescribed(item, `${path}/${index}`));
  if (!isObject(schema)) return [];
  const missing: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && isObject(value)) {
      for (const [name, property] of Object.entries(value)) {
        const at = `${path}/properties/${name}`;
        const description = isObject(property) ? property["description"] : undefined;
        if (typeof description !== "string" || description.trim() === "") missing.push(at);
        missing.push(...undescribed(property, at));
      }
    } else {
      missing.push(...undescribed(value, `${path}/${key}`));
    }
  }
  return missing;
}

const files = Object.keys(OPEN_DATA_SCHEMAS) as OpenDataJson[];

describe("the open data's JSON Schemas", () => {
  it.each(files)("%s describes the file and every property, nested ones too", (file) => {
    const schema = jsonSchemaOf(file, `https://archive.example.org/data/${file}`);
    expect(typeof schema["description"]).toBe("string");
    expect(undescribed(schema)).toEqual([]);
  });

  it("finds a property without a description, however deep", () => {
    const schema = {
      type: "array",
      items: {
        type: "object",
        properties: {
          a: { type: "string", description: "A." },
          b: {
            anyOf: [{ type: "object", properties: { c: { type: "string" } } }],
            description: "B.",
          },
          d: { type: "string", description: " " },
        },
      },
    };
    expect(undescribed(schema)).toEqual([
      "#/items/properties/b/anyOf/0/properties/c",
      "#/items/properties/d",
    ]);
  });
});
