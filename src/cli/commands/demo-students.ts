/**
 * `wayfinder demo students --count N --seed S --out DIR`: writes DIR/students.csv and
 * DIR/transcripts.csv in the import formats, streamed, for demos and the benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Command } from 'commander';
import { csvLine } from '../../importers/csv-line.ts';
import {
  GENERATED_ROSTER_HEADER,
  generateStudents,
} from '../../services/records/generate-students.ts';
import { wholeNumber } from '../option-values.ts';
import { commandGroup, type CliIo } from '../shared.ts';

const TRANSCRIPT = [
  'student_id',
  'school_id',
  'school_year',
  'term',
  'course_code',
  'course_title',
  'sced_code',
  'credits_attempted',
  'credits_earned',
  'letter_grade',
  'result',
];

export function registerDemoStudentsCommand(program: Command, io: CliIo): void {
  commandGroup(program, 'demo', 'demo data')
    .command('students')
    .description(
      'write synthetic students and transcripts (CSV, the import formats) for the demo district',
    )
    .requiredOption('--count <n>', 'how many students', wholeNumber(1, 5_000_000))
    .option(
      '--seed <n>',
      'random seed (the same seed writes the same files)',
      wholeNumber(1, 2 ** 31),
      1,
    )
    .requiredOption('--out <dir>', 'folder to write students.csv and transcripts.csv into')
    .option('--schools <ids>', 'comma-separated school ids', 'rhs,cvhs')
    .option('--year <end>', 'current school year by its ending year', wholeNumber(1, 2100), 2026)
    .action(
      async (flags: {
        count: number;
        seed: number;
        out: string;
        schools: string;
        year: number;
      }) => {
        fs.mkdirSync(flags.out, { recursive: true });
        const students = fs.createWriteStream(path.join(flags.out, 'students.csv'));
        const transcripts = fs.createWriteStream(path.join(flags.out, 'transcripts.csv'));
        const write = async (stream: fs.WriteStream, line: string) => {
          if (!stream.write(line)) await once(stream, 'drain');
        };
        await write(students, csvLine(GENERATED_ROSTER_HEADER));
        await write(transcripts, csvLine(TRANSCRIPT));
        let rows = 0;
        let offTrack = 0;
        for (const s of generateStudents({
          count: flags.count,
          seed: flags.seed,
          schools: flags.schools
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
          currentYear: flags.year,
        })) {
          await write(students, csvLine(s.roster));
          for (const a of s.attempts) await write(transcripts, csvLine(a));
          rows += s.attempts.length;
          if (s.offTrack) offTrack += 1;
        }
        students.end();
        transcripts.end();
        await Promise.all([once(students, 'finish'), once(transcripts, 'finish')]);
        io.out(
          `Wrote ${flags.count} students (${offTrack} off track) and ${rows} course attempts to ${flags.out}\n`,
        );
      },
    );
}
