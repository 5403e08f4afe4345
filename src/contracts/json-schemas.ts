/**
 * The JSON Schemas generated from the zod contracts, as committed under schemas/ (written by
 * scripts/generate-schemas.ts; a test checks the committed files match).
 */
import { z } from 'zod';
import { ZPerkinsProfile } from './perkins.ts';
import { ZProgramProfile } from './program-profile.ts';
import { ZProgramFile } from './program.ts';
import { ZRequirementSet } from './requirements.ts';

export interface GeneratedSchema {
  /** File name under schemas/. */
  file: string;
  /** The file's text: pretty-printed JSON with a final newline. */
  text: string;
}

export function generateSchemas(): GeneratedSchema[] {
  const program = {
    title: 'Wayfinder program of study',
    ...z.toJSONSchema(ZProgramFile, { io: 'input' }),
  };
  const requirements = {
    title: 'Wayfinder graduation requirement set',
    ...z.toJSONSchema(ZRequirementSet, { io: 'input' }),
  };
  const profile = {
    title: 'Wayfinder rules profile',
    ...z.toJSONSchema(ZProgramProfile, { io: 'input' }),
  };
  const perkins = {
    title: 'Wayfinder Perkins V counting profile',
    ...z.toJSONSchema(ZPerkinsProfile, { io: 'input' }),
  };
  return [
    {
      file: 'program.schema.json',
      text: `${JSON.stringify(program, null, 2)}
`,
    },
    {
      file: 'requirement-set.schema.json',
      text: `${JSON.stringify(requirements, null, 2)}
`,
    },
    {
      file: 'profile.schema.json',
      text: `${JSON.stringify(profile, null, 2)}
`,
    },
    {
      file: 'perkins-profile.schema.json',
      text: `${JSON.stringify(perkins, null, 2)}
`,
    },
  ];
}
