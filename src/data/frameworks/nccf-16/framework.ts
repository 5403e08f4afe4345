/**
 * The National Career Clusters® Framework as it stood from 2008 to 2024: 16 clusters numbered
 * as in CEDS (01–16), 79 pathways. Titles are the official ones; descriptions and Spanish
 * titles are ours.
 */
import type { FrameworkData } from '../../../domain/framework.ts';
import { cluster01 } from './clusters/c01.ts';
import { cluster02 } from './clusters/c02.ts';
import { cluster03 } from './clusters/c03.ts';
import { cluster04 } from './clusters/c04.ts';
import { cluster05 } from './clusters/c05.ts';
import { cluster06 } from './clusters/c06.ts';
import { cluster07 } from './clusters/c07.ts';
import { cluster08 } from './clusters/c08.ts';
import { cluster09 } from './clusters/c09.ts';
import { cluster10 } from './clusters/c10.ts';
import { cluster11 } from './clusters/c11.ts';
import { cluster12 } from './clusters/c12.ts';
import { cluster13 } from './clusters/c13.ts';
import { cluster14 } from './clusters/c14.ts';
import { cluster15 } from './clusters/c15.ts';
import { cluster16 } from './clusters/c16.ts';

export const nccf16: FrameworkData = {
  id: 'nccf-16',
  version: '2008',
  title: {
    en: 'National Career Clusters Framework (16 clusters, 79 pathways)',
    es: 'Marco nacional de grupos profesionales (16 grupos, 79 trayectorias)',
  },
  description: {
    en: 'Sixteen broad groups of related careers, each divided into pathways that share knowledge and skills, used by states to organize career and technical education.',
    es: 'Dieciséis grandes grupos de carreras relacionadas, cada uno dividido en trayectorias que comparten conocimientos y destrezas, que los estados usan para organizar la educación técnica y profesional.',
  },
  source:
    'Advance CTE, National Career Clusters® Framework (16 Career Clusters, 79 Career Pathways)',
  clusters: [
    cluster01,
    cluster02,
    cluster03,
    cluster04,
    cluster05,
    cluster06,
    cluster07,
    cluster08,
    cluster09,
    cluster10,
    cluster11,
    cluster12,
    cluster13,
    cluster14,
    cluster15,
    cluster16,
  ],
};
