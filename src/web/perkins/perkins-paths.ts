/** Addresses of the Perkins V report pages, in either language. */
import type { TLang } from '../../contracts/framework.ts';
import { pathFor } from '../paths.ts';
import { selectionQuery, type PerkinsSelection } from './perkins-api.ts';

export const perkinsReportPath = (lang: TLang, selection?: PerkinsSelection): string =>
  pathFor(lang, '/reports/perkins') + (selection ? `?${selectionQuery(selection)}` : '');
