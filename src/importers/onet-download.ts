/** Downloads the O*NET database archive from its publisher and checks it before import. */
import { createHash } from 'node:crypto';
import { invalid } from '../domain/errors.ts';

/** The current O*NET release's text files, as the O*NET Resource Center publishes them. */
export const ONET_DOWNLOAD_URL = 'https://www.onetcenter.org/dl_files/database/db_30_0_text.zip';

export interface Download {
  bytes: Uint8Array;
  url: string;
  sha256: string;
}

export interface DownloadOptions {
  url?: string | undefined;
  /** Refuse the archive unless its SHA-256 (hex) matches. */
  sha256?: string | undefined;
  fetchImpl?: typeof fetch;
  onProgress?: (received: number, total: number | undefined) => void;
  timeoutMs?: number;
}

export async function downloadOnetArchive(options: DownloadOptions = {}): Promise<Download> {
  const url = options.url ?? ONET_DOWNLOAD_URL;
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 300_000),
      redirect: 'follow',
    });
  } catch (error) {
    throw invalid(
      `Could not download ${url}: ${error instanceof Error ? error.message : String(error)}`,
      'url',
    );
  }
  if (!response.ok || !response.body)
    throw invalid(`Downloading ${url} failed: HTTP ${response.status}.`, 'url');
  const total = Number(response.headers.get('content-length')) || undefined;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const hash = createHash('sha256');
  for await (const chunk of response.body) {
    chunks.push(chunk);
    hash.update(chunk);
    received += chunk.length;
    options.onProgress?.(received, total);
  }
  if (total !== undefined && received !== total)
    throw invalid(`Download of ${url} stopped at ${received} of ${total} bytes.`, 'url');
  const sha256 = hash.digest('hex');
  if (options.sha256 && options.sha256.toLowerCase() !== sha256) {
    throw invalid(
      `The archive from ${url} has SHA-256 ${sha256}, not the expected ${options.sha256}.`,
      'sha256',
    );
  }
  return { bytes: Buffer.concat(chunks), url, sha256 };
}
