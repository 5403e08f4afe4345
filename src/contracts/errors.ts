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
    lang: z
      .enum(['en', 'es'])
      .optional()
      .describe(
        'The language the message is written in: the reader’s (?lang=, else Accept-Language) when the server has it in that language, else en',
      ),
  }),
});
export type TApiError = z.infer<typeof ZApiError>;
