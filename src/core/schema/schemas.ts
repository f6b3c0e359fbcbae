import { createHash } from 'node:crypto';
import advisorySchema from '../../../schemas/advisory.schema.json' with { type: 'json' };
import releaseSchema from '../../../schemas/release.schema.json' with { type: 'json' };
import rotationSchema from '../../../schemas/rotation.schema.json' with { type: 'json' };
import settingsSchema from '../../../schemas/settings.schema.json' with { type: 'json' };
import triageSchema from '../../../schemas/triage.schema.json' with { type: 'json' };

export type SchemaName = 'advisory' | 'rotation' | 'settings' | 'triage' | 'release';

export const SCHEMAS = {
  advisory: advisorySchema,
  rotation: rotationSchema,
  settings: settingsSchema,
  triage: triageSchema,
  release: releaseSchema,
} as const;

/** A hash of the schemas' text: precompiled validators are used only while it matches theirs. */
export const SCHEMAS_HASH = createHash('sha256').update(JSON.stringify(SCHEMAS)).digest('hex').slice(0, 32);
