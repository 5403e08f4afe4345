/** Reads the files an import names (or downloads the O*NET archive) and returns its plan. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { invalid } from '../domain/errors.ts';
import type { NamedPathway } from '../domain/occupation/framework-names.ts';
import { planProjectionsImport, planWagesImport } from './bls.ts';
import type { ImportKind, ImportPlan, SourceFile } from './import-plan.ts';
import { brightOutlookVersionOf, planBrightOutlookImport } from './onet-bright-outlook.ts';
import { planCipImport, planCipSocImport } from './nces-cip.ts';
import { planClustersImport } from './onet-clusters.ts';
import { detectOnetVersion, planOnetImport } from './onet-database.ts';
import { downloadOnetArchive, type DownloadOptions } from './onet-download.ts';
import { readOnetArchive, readOnetDirectory } from './onet-files.ts';

export interface LoadPlanOptions {
  kind: ImportKind;
  /** A file, or for onet a folder or .zip archive. */
  path?: string | undefined;
  /** onet only: download the archive instead of reading `path`. */
  download?: DownloadOptions | undefined;
  /** The release or edition, when the files do not say it. */
  release?: string | undefined;
  frameworkId: string;
  pathways: () => Promise<NamedPathway[]>;
}

async function readSource(file: string): Promise<SourceFile> {
  try {
    return { name: file, text: await fs.readFile(file, 'utf8') };
  } catch {
    throw invalid(`Cannot read ${file}.`, 'file');
  }
}

export async function loadPlan(options: LoadPlanOptions): Promise<ImportPlan> {
  const { kind } = options;
  if (kind === 'onet') return loadOnet(options);
  if (!options.path)
    throw invalid(`Give the file to import: wayfinder import ${kind} <file>.`, 'file');
  const file = await readSource(options.path);
  switch (kind) {
    case 'clusters':
      return planClustersImport(file, options.frameworkId, await options.pathways());
    case 'cip':
      return planCipImport(file);
    case 'cip-soc':
      return planCipSocImport(file);
    case 'wages': {
      const month = /_M(\d{4})_/i.exec(path.basename(file.name));
      return planWagesImport(file, options.release ?? (month ? `May ${month[1]}` : 'unknown'));
    }
    case 'projections': {
      const cycle = /(\d{4})-(\d{4})/.exec(file.text.slice(0, 2000));
      return planProjectionsImport(
        file,
        options.release ?? (cycle ? `${cycle[1]}-${cycle[2]}` : 'unknown'),
      );
    }
    case 'bright-outlook':
      return planBrightOutlookImport(
        file,
        options.release ?? brightOutlookVersionOf(file.name) ?? 'unknown',
      );
  }
}

async function loadOnet(options: LoadPlanOptions): Promise<ImportPlan> {
  if (options.download) {
    const download = await downloadOnetArchive(options.download);
    const name = path.posix.basename(new URL(download.url).pathname) || 'onet.zip';
    const files = readOnetArchive(download.bytes, name);
    return planOnetImport(
      files,
      options.release ?? detectOnetVersion(files.readMe, name) ?? 'unknown',
    );
  }
  if (!options.path) throw invalid('Give the O*NET folder or archive, or --download.', 'path');
  const stat = await fs.stat(options.path).catch(() => undefined);
  if (!stat) throw invalid(`Cannot read ${options.path}.`, 'path');
  const files = stat.isDirectory()
    ? await readOnetDirectory(options.path)
    : readOnetArchive(new Uint8Array(await fs.readFile(options.path)), options.path);
  const version = options.release ?? detectOnetVersion(files.readMe, path.resolve(options.path));
  if (!version)
    throw invalid(
      `Cannot tell which O*NET release ${options.path} is: pass --release (for example 30.0).`,
      'release',
    );
  return planOnetImport(files, version);
}
