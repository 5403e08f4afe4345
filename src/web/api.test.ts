import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fetchCluster, fetchClusters, getJson, pageLang, request } from './api.ts';

function answer(status: number, body: unknown, statusText = '') {
  const fetchMock = vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        statusText,
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('API reads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for the page language and returns the body', async () => {
    const fetchMock = answer(200, { lang: 'es', items: [] });
    await expect(fetchClusters('es')).resolves.toEqual({ lang: 'es', items: [] });
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/clusters?lang=es', expect.anything());
  });

  it("throws the API's error message and status on a non-2xx answer", async () => {
    answer(404, { error: { code: 'not_found', message: 'No Career Cluster 99 in nccf-16' } });
    const error = await fetchCluster('99', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      message: 'No Career Cluster 99 in nccf-16',
      notFound: true,
    });
  });

  it("says the page's language with every call, unless the call says one", async () => {
    const fetchMock = answer(200, {});
    const sent = () => {
      const init = fetchMock.mock.calls.at(-1) as unknown as [string, RequestInit];
      return new Headers(init[1].headers).get('accept-language');
    };
    vi.stubGlobal('location', { pathname: '/es/account' });
    await getJson('/api/v1/me');
    expect(sent()).toBe('es');
    vi.stubGlobal('location', { pathname: '/account' });
    await getJson('/api/v1/me');
    expect(sent()).toBe('en');
    vi.stubGlobal('location', { pathname: '/es' });
    await request('/api/v1/me', { headers: { 'Accept-Language': 'en' } });
    expect(sent()).toBe('en');
  });

  it("reads the page's language from its address under the site's prefix", () => {
    expect(pageLang('/wayfinder/es/plans', '/wayfinder')).toBe('es');
    expect(pageLang('/wayfinder/plans', '/wayfinder')).toBe('en');
    expect(pageLang('/es', '')).toBe('es');
    expect(pageLang('/estudiantes', '')).toBe('en');
    expect(pageLang(undefined, '')).toBe('en');
  });

  it('keeps the language the API says its message is in (English when it does not say)', async () => {
    const refusal = { code: 'invalid', message: 'El correo ya está en uso.', field: 'email' };
    answer(409, { error: { ...refusal, lang: 'es' } });
    await expect(fetchClusters('es')).rejects.toMatchObject({ field: 'email', lang: 'es' });
    answer(409, { error: { ...refusal, message: 'That email is taken.' } });
    await expect(fetchClusters('es')).rejects.toMatchObject({ lang: 'en' });
  });

  it('describes an answer without an API error body by its status', async () => {
    answer(502, 'Bad gateway', 'Bad Gateway');
    await expect(fetchClusters('en')).rejects.toMatchObject({
      status: 502,
      message: 'The server answered 502 Bad Gateway',
    });
  });

  it('reports an unreachable server with status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(fetchClusters('en')).rejects.toMatchObject({ status: 0 });
  });
});
