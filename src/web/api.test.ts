import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fetchCluster, fetchClusters } from './api.ts';

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
