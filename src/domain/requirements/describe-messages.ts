/**
 * The templates of the progress sentences, in English and Spanish (the message syntax of
 * src/domain/i18n/message.ts: plurals by `Intl.PluralRules`). `{course}` and `{requirement}`
 * stand for titles that may be in another language than the sentence (a course the school named
 * only in English), so describe.ts passes them as marked parts. A `select` on `none` leaves a
 * piece out: `{grade, select, none {} other {, grade {grade}}}`.
 */
export const describeEn = {
  creditsOf: '{total} of {required, plural, one {# credit} other {# credits}}',
  yearsOf: '{total} of {required, plural, one {# year} other {# years}}',
  gpaOf: 'GPA {gpa, select, none {not yet known} other {{gpa}}}, {required} needed',
  coursesOf: '{total} of {required, plural, one {# course} other {# courses}}',
  optionsOf: '{n} of {count, plural, one {# option} other {# options}}',
  target: '{requirement}{progress, select, none {} other {: {progress}}}',
  completed:
    '{course}, {year}{grade, select, none {} other {, grade {grade}}}, counts toward {target}.',
  in_progress: '{course}, {year}, under way: will count toward {target}.',
  planned: '{course}, planned for {year}: would count toward {target}.',
  extra: 'It is extra: that requirement already has enough.',
  substituted: 'Your counselor accepted it in place of the usual course.',
  failed: '{course}, {year}, was not passed, so it does not count. Taking it again can fix that.',
  failed_taken_again:
    '{course}, {year}, was not passed, so that try does not count; {again, select, planned {another try is planned} in_progress {the course is being taken again} other {the course was taken again}}.',
  no_credit:
    '{course}, {year}, was passed but its credit was withheld, so it does not count. Earning the credit back, or taking the course again, can fix that.',
  no_credit_taken_again:
    '{course}, {year}, was passed but its credit was withheld, so that try does not count; {again, select, planned {another try is planned} in_progress {the course is being taken again} other {the course was taken again}}.',
  withdrawn: '{course}, {year}, was dropped, so it does not count.',
  incomplete: '{course}, {year}, is incomplete, so it does not count yet.',
  retake: '{course}, {year}, was taken more than once; only the best try counts.',
  node_met:
    '{requirement}: done{progress, select, none {} other { ({progress})}}{options, select, none {} other { ({options})}}.',
  node_in_progress:
    '{requirement}: done once you pass the courses you are taking now{progress, select, none {} other { ({progress})}}{options, select, none {} other { ({options})}}.',
  node_planned:
    '{requirement}: done once you pass the courses in your plan{progress, select, none {} other { ({progress})}}{options, select, none {} other { ({options})}}.',
  node_missing:
    '{requirement}: still missing{progress, select, none {} other { ({progress} so far, counting your plan)}}{options, select, none {} other { ({options})}}.',
  exception: 'Your counselor recorded an exception: {reason}.',
  node_gpa_missing: '{requirement}: still missing ({progress}).',
};

export const describeEs: Record<keyof typeof describeEn, string> = {
  creditsOf: '{total} de {required, plural, one {# crédito} other {# créditos}}',
  yearsOf: '{total} de {required, plural, one {# año} other {# años}}',
  gpaOf: 'promedio {gpa, select, none {aún sin calcular} other {{gpa}}}; se necesita {required}',
  coursesOf: '{total} de {required, plural, one {# curso} other {# cursos}}',
  optionsOf: '{n} de {count, plural, one {# opción} other {# opciones}}',
  target: '{requirement}{progress, select, none {} other {: {progress}}}',
  completed:
    '{course}, {year}{grade, select, none {} other {, calificación {grade}}}, cuenta para {target}.',
  in_progress: '{course}, {year}, en curso: contará para {target}.',
  planned: '{course}, planeado para {year}: contaría para {target}.',
  extra: 'Es de más: ese requisito ya tiene suficientes.',
  substituted: 'Tu consejero escolar lo aceptó en lugar del curso de siempre.',
  failed: '{course}, {year}, no se aprobó, así que no cuenta. Si lo vuelves a tomar, puede contar.',
  failed_taken_again:
    '{course}, {year}, no se aprobó, así que ese intento no cuenta; {again, select, planned {hay otro intento planeado} in_progress {el curso se está volviendo a tomar} other {el curso se volvió a tomar}}.',
  no_credit:
    '{course}, {year}, se aprobó pero no se otorgó el crédito, así que no cuenta. Si recuperas el crédito o vuelves a tomar el curso, puede contar.',
  no_credit_taken_again:
    '{course}, {year}, se aprobó pero no se otorgó el crédito, así que ese intento no cuenta; {again, select, planned {hay otro intento planeado} in_progress {el curso se está volviendo a tomar} other {el curso se volvió a tomar}}.',
  withdrawn: '{course}, {year}, se dejó, así que no cuenta.',
  incomplete: '{course}, {year}, está incompleto, así que todavía no cuenta.',
  retake: '{course}, {year}, se tomó más de una vez; solo cuenta el mejor intento.',
  node_met:
    '{requirement}: cumplido{progress, select, none {} other { ({progress})}}{options, select, none {} other { ({options})}}.',
  node_in_progress:
    '{requirement}: se cumplirá al aprobar los cursos que llevas ahora{progress, select, none {} other { ({progress})}}{options, select, none {} other { ({options})}}.',
  node_planned:
    '{requirement}: se cumplirá al aprobar los cursos de tu plan{progress, select, none {} other { ({progress})}}{options, select, none {} other { ({options})}}.',
  node_missing:
    '{requirement}: falta{progress, select, none {} other { ({progress} hasta ahora, contando lo planeado)}}{options, select, none {} other { ({options})}}.',
  exception: 'Tu consejero escolar registró una excepción: {reason}.',
  node_gpa_missing: '{requirement}: falta ({progress}).',
};
