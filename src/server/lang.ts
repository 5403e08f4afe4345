import type { FastifyRequest } from 'fastify';
import { DEFAULT_LANG, langFromAcceptLanguage, type Lang } from '../domain/framework.ts';

/** The language of a request: `?lang=` first, then Accept-Language, then English. */
export function requestLang(request: FastifyRequest, fromQuery: Lang | undefined): Lang {
  return fromQuery ?? langFromAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LANG;
}
