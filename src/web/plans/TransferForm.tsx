/**
 * The student's counselor (or a district admin) records credit earned outside the district: where,
 * the course as written there, when, credits and grade, and how it counts here. The API checks
 * and audits it; the check shows it marked as transfer.
 */
import { useId, useState, type FormEvent } from 'react';
import type { TTransferCreate } from '../../contracts/transfer.ts';
import { COURSE_FLAGS, type CourseFlag } from '../../domain/requirements/course-flags.ts';
import { errorText } from '../error-text.ts';
import { useLang } from '../use-lang.ts';
import { addTransferCredit } from './plans-api.ts';

const KINDS = ['transfer', 'exam', 'summer', 'dual_credit', 'online'] as const;
const COUNTS = ['elective', 'sced', 'course'] as const;

const initial = {
  name: '',
  state: '',
  kind: 'transfer' as (typeof KINDS)[number],
  title: '',
  code: '',
  sced: '',
  year: String(new Date().getFullYear()),
  term: 'S1',
  credits: '1',
  grade: '',
  counts: 'elective' as (typeof COUNTS)[number],
  countsCode: '',
};

export function TransferForm(props: { studentId: string; onAdded: () => void }) {
  const { t } = useLang();
  const id = useId();
  const [form, setForm] = useState(initial);
  const [flags, setFlags] = useState<CourseFlag[]>([]);
  const toggle = (flag: CourseFlag) =>
    setFlags(flags.includes(flag) ? flags.filter((f) => f !== flag) : [...flags, flag]);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const set = (key: keyof typeof initial) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const countsAs: TTransferCreate['countsAs'] =
      form.counts === 'course'
        ? { kind: 'course', code: form.countsCode.trim() }
        : form.counts === 'sced'
          ? { kind: 'sced', scedCode: form.countsCode.trim() }
          : { kind: 'elective' };
    const state = optional(form.state)?.toUpperCase();
    const code = optional(form.code);
    const sced = optional(form.sced);
    const grade = optional(form.grade);
    addTransferCredit(props.studentId, {
      kind: form.kind,
      earnedAt: { name: form.name.trim(), ...(state ? { state } : {}) },
      course: {
        title: form.title.trim(),
        ...(code ? { code } : {}),
        ...(sced ? { scedCode: sced } : {}),
      },
      flags: COURSE_FLAGS.filter((f) => flags.includes(f)),
      schoolYear: Number(form.year),
      term: form.term.trim(),
      creditsEarned: Number(form.credits),
      ...(grade ? { grade } : {}),
      countsAs,
    }).then(
      () => {
        setStatus({ text: t.trFormDone, error: false });
        setForm(initial);
        setFlags([]);
        props.onAdded();
      },
      (error: unknown) => setStatus({ text: errorText(t, error), error: true }),
    );
  };
  const field = (key: keyof typeof initial, label: string, extra: object = {}) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={form[key]} onChange={set(key)} {...extra} />
    </>
  );
  return (
    <section aria-labelledby={`${id}-h`} className="plan-section pr-transfer-form">
      <h2 id={`${id}-h`}>{t.trFormTitle}</h2>
      <form onSubmit={submit}>
        {field('name', t.trFormName, { required: true, maxLength: 200 })}
        {field('state', t.trFormState, { maxLength: 2, pattern: '[A-Za-z]{2}' })}
        <label htmlFor={`${id}-kind`}>{t.trFormKind}</label>
        <select id={`${id}-kind`} value={form.kind} onChange={set('kind')}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t[`trKind_${k}`]}
            </option>
          ))}
        </select>
        {field('title', t.trFormCourseTitle, { required: true, maxLength: 200 })}
        {field('code', t.trFormCourseCode, { maxLength: 40 })}
        {field('sced', t.trFormSced, { maxLength: 5, pattern: '[0-9]{5}', inputMode: 'numeric' })}
        <fieldset className="pr-transfer-flags">
          <legend>{t.trFormFlags}</legend>
          {COURSE_FLAGS.map((f) => (
            <label key={f}>
              <input type="checkbox" checked={flags.includes(f)} onChange={() => toggle(f)} />{' '}
              {t[`trFlag_${f}`]}
            </label>
          ))}
        </fieldset>
        {field('year', t.trFormYear, { required: true, type: 'number', min: 1950, max: 2100 })}
        {field('term', t.trFormTerm, { required: true, maxLength: 20 })}
        {field('credits', t.trFormCredits, {
          required: true,
          type: 'number',
          min: 0,
          max: 10,
          step: 0.25,
        })}
        {field('grade', t.trFormGrade, { maxLength: 5 })}
        <label htmlFor={`${id}-counts`}>{t.trFormCountsAs}</label>
        <select id={`${id}-counts`} value={form.counts} onChange={set('counts')}>
          {COUNTS.map((k) => (
            <option key={k} value={k}>
              {t[`trCountsOpt_${k}`]}
            </option>
          ))}
        </select>
        {form.counts !== 'elective' &&
          field('countsCode', t.trFormCountsCode, { required: true, maxLength: 40 })}
        <button type="submit">{t.trFormSubmit}</button>
        <p
          role={status?.error ? 'alert' : 'status'}
          className={status?.error ? 'plan-error' : 'plan-status'}
        >
          {status?.text}
        </p>
      </form>
    </section>
  );
}
