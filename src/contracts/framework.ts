/**
 * The API's shapes for the framework, as zod schemas: they validate requests, type the code on
 * both sides (server, CLI and web import them) and generate the OpenAPI document.
 */
import { z } from 'zod';

export const ZLang = z.enum(['en', 'es']).describe('Language of the returned texts');
export type TLang = z.infer<typeof ZLang>;

export const ZClusterCode = z
  .string()
  .regex(/^\d{2}$/, 'must be a two-digit cluster code such as 08')
  .describe('Two-digit cluster code (CEDS Career Cluster number)');

export const ZPathwayCode = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'must be a pathway code such as 08-03')
  .describe('Pathway code: cluster code, a dash, two digits');

export const ZFrameworkId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a framework id such as nccf-16')
  .describe('Framework id; the default framework when omitted');

export const ZFrameworkQuery = z.object({
  lang: ZLang.optional(),
  framework: ZFrameworkId.optional(),
});
export type TFrameworkQuery = z.infer<typeof ZFrameworkQuery>;

export const ZPathwayListQuery = ZFrameworkQuery.extend({
  cluster: ZClusterCode.optional().describe('Only pathways of this cluster'),
});
export type TPathwayListQuery = z.infer<typeof ZPathwayListQuery>;

export const ZFrameworkRef = z.object({ id: z.string(), version: z.string(), title: z.string() });
export type TFrameworkRef = z.infer<typeof ZFrameworkRef>;

export const ZFramework = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.string(),
  isDefault: z.boolean(),
  clusterCount: z.number().int(),
  pathwayCount: z.number().int(),
});
export type TFramework = z.infer<typeof ZFramework>;

export const ZClusterSummary = z.object({
  code: ZClusterCode,
  title: z.string(),
  description: z.string(),
  pathwayCount: z.number().int(),
});
export type TClusterSummary = z.infer<typeof ZClusterSummary>;

export const ZPathwaySummary = z.object({
  code: ZPathwayCode,
  title: z.string(),
  description: z.string(),
  cluster: z.object({ code: ZClusterCode, title: z.string() }),
});
export type TPathwaySummary = z.infer<typeof ZPathwaySummary>;

export const ZCluster = ZClusterSummary.extend({
  framework: ZFrameworkRef,
  lang: ZLang,
  pathways: z.array(ZPathwaySummary),
});
export type TCluster = z.infer<typeof ZCluster>;

export const ZPathway = ZPathwaySummary.extend({
  framework: ZFrameworkRef,
  lang: ZLang,
  /** Sibling pathways in the same cluster, for navigation. */
  siblings: z.array(z.object({ code: ZPathwayCode, title: z.string() })),
});
export type TPathway = z.infer<typeof ZPathway>;

export const ZFrameworkList = z.object({ lang: ZLang, items: z.array(ZFramework) });
export type TFrameworkList = z.infer<typeof ZFrameworkList>;

export const ZClusterList = z.object({
  lang: ZLang,
  framework: ZFrameworkRef,
  items: z.array(ZClusterSummary),
});
export type TClusterList = z.infer<typeof ZClusterList>;

export const ZPathwayList = z.object({
  lang: ZLang,
  framework: ZFrameworkRef,
  items: z.array(ZPathwaySummary),
});
export type TPathwayList = z.infer<typeof ZPathwayList>;
