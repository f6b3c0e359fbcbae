import { compile } from 'json-schema-to-typescript';
import { SCHEMAS } from './schemas.ts';

const BANNER = '/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit: change the schema and regenerate. */';

/** The TypeScript types for all schemas, as committed in src/core/types.gen.ts. */
export async function generateTypes(): Promise<string> {
  const parts: string[] = [BANNER];
  const names: Record<keyof typeof SCHEMAS, string> = {
    advisory: 'AdvisoryFile',
    rotation: 'RotationFile',
    settings: 'SettingsFile',
    triage: 'TriageFile',
    release: 'ReleaseFile',
  };
  for (const [key, name] of Object.entries(names) as [keyof typeof SCHEMAS, string][]) {
    const schema = structuredClone(SCHEMAS[key]) as Record<string, unknown>;
    schema.title = name;
    const source = await compile(schema as never, name, {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
      maxItems: -1,
      style: { singleQuote: true, printWidth: 120 },
    });
    parts.push(source.trim());
  }
  return `${parts.join('\n\n')}\n`;
}
