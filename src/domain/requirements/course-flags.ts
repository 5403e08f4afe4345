/**
 * A course attempt's level as transcript exports flag it: Advanced Placement, International
 * Baccalaureate, honors, dual enrollment (PowerSchool's stored grades carry AP, IB, HON and DE as
 * 1 or 0: PowerSchool Virginia, Student Grade table import layout). Kept as one short text,
 * `AP,H` (the order of COURSE_FLAGS), so equal flags compare equal.
 */
export const COURSE_FLAGS = ['AP', 'IB', 'H', 'DE'] as const;
export type CourseFlag = (typeof COURSE_FLAGS)[number];

/** The flags as stored: in COURSE_FLAGS order, comma-joined; null for none. */
export function flagsText(flags: Iterable<CourseFlag>): string | null {
  const set = new Set(flags);
  const text = COURSE_FLAGS.filter((f) => set.has(f)).join(',');
  return text === '' ? null : text;
}

/** An AP, IB or honors course is advanced; a dual-enrollment course earns college credit. */
export function flagFacts(text: string | null | undefined): {
  advanced: boolean;
  dualCredit: boolean;
} {
  const flags = new Set((text ?? '').split(','));
  return {
    advanced: flags.has('AP') || flags.has('IB') || flags.has('H'),
    dualCredit: flags.has('DE'),
  };
}

/** A course level as written ("AP", "Honors", "IB", "Dual Enrollment", "CP") → its flag, if any. */
export function levelFlag(raw: string): CourseFlag | null | undefined {
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  if (key === '') return null;
  if (key === 'ap' || key === 'advancedplacement') return 'AP';
  if (key === 'ib' || key === 'internationalbaccalaureate') return 'IB';
  if (key === 'h' || key === 'hon' || key === 'honors' || key === 'honours') return 'H';
  if (
    key === 'de' ||
    key === 'dualenrollment' ||
    key === 'dualcredit' ||
    key === 'concurrentenrollment'
  )
    return 'DE';
  // The levels that flag nothing: regular, college prep, general, basic.
  if (
    [
      'r',
      'reg',
      'regular',
      'cp',
      'collegeprep',
      'collegepreparatory',
      'g',
      'general',
      'b',
      'basic',
    ].includes(key)
  )
    return null;
  return undefined;
}
