/** The embedded data sets: the frameworks Wayfinder ships with. */
import type { FrameworkData } from '../domain/framework.ts';
import { nccf16 } from './frameworks/nccf-16/framework.ts';

export const frameworks: FrameworkData[] = [nccf16];

export const DEFAULT_FRAMEWORK_ID = 'nccf-16';
