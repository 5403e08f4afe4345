import { z } from 'zod';

export const ZApiError = z.object({
  error: z.object({
    code: z
      .enum([
        'not_found',
        'invalid',
        'forbidden',
        'conflict',
        'unauthenticated',
        'rate_limited',
        'internal',
      ])
      .describe('Stable machine-readable code'),
    message: z.string().describe('What went wrong, for a person'),
    field: z.string().optional().describe('The parameter or field at fault, when there is one'),
  }),
});
export type TApiError = z.infer<typeof ZApiError>;
