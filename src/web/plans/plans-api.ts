/** Typed calls of the learning plan and progress check API. */
import type { TLang } from '../../contracts/framework.ts';
import type { TTransferCreate, TTransferCredit } from '../../contracts/transfer.ts';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import type { TPlanEdit, TPlanStart } from '../../contracts/plan-requests.ts';
import type { TException, TExceptionCreate, TStudentProgress } from '../../contracts/progress.ts';
import { getJson } from '../api.ts';
import { apiWrite } from '../account/use-session.ts';

const base = (id: string) => `/api/v1/students/${encodeURIComponent(id)}`;

export const fetchPlan = (id: string, lang: TLang, version: number | null, signal?: AbortSignal) =>
  getJson<TPlan>(
    `${base(id)}/plan${version === null ? '' : `/versions/${version}`}?lang=${lang}`,
    signal,
  );

export const fetchPlanOptions = (id: string, lang: TLang, signal?: AbortSignal) =>
  getJson<TPlanOptions>(`${base(id)}/plan/options?lang=${lang}`, signal);

/** From a program of study ({ programId }) or a pathway ({ pathwayCode }). */
export const startPlan = (id: string, from: TPlanStart, lang: TLang) =>
  apiWrite<TPlan>('POST', `${base(id)}/plan?lang=${lang}`, from);

export const savePlan = (id: string, edit: TPlanEdit, lang: TLang) =>
  apiWrite<TPlan>('PUT', `${base(id)}/plan?lang=${lang}`, edit);

export const signPlan = (id: string, version: number, lang: TLang) =>
  apiWrite<TPlan>('POST', `${base(id)}/plan/sign?lang=${lang}`, { version, lang });

export const planExportUrl = (id: string, format: 'json' | 'pdf', lang: TLang) =>
  `${base(id)}/plan/export?format=${format}&lang=${lang}`;

export const fetchProgress = (
  id: string,
  lang: TLang,
  whatIf: string | null,
  signal?: AbortSignal,
) =>
  getJson<TStudentProgress>(
    `${base(id)}/progress?lang=${lang}${whatIf ? `&whatIf=${encodeURIComponent(whatIf)}` : ''}`,
    signal,
  );

export const addException = (id: string, input: TExceptionCreate) =>
  apiWrite<TException>('POST', `${base(id)}/exceptions`, input);

export const addTransferCredit = (id: string, input: TTransferCreate) =>
  apiWrite<TTransferCredit>('POST', `${base(id)}/transfer-credits`, input);
