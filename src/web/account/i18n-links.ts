/**
 * The texts of the admin page that ends guardian and caseload links (find a student, see their
 * links, end one after a confirmation), in English and Spanish («tú»); i18n.ts merges them.
 */
export const linksEn = {
  adminLinksLink: 'Guardian and caseload links',
  linksTitle: 'Guardian and caseload links',
  linksIntro:
    'End a guardian’s link to a student (a court order, a data-entry fix) or take a student off a counselor’s caseload. Access ends at once. Roster imports add links; a later import can add a link again if the roster still carries it.',
  linksFind: 'Find a student',
  linksDistrict: 'District',
  linksQuery: 'Name or local student id',
  linksQueryHint: 'Part of the name or of the id from your student information system.',
  linksQueryRequired: 'Enter part of a student’s name or local id.',
  linksDistrictRequired: 'Choose the district.',
  linksSearch: 'Find',
  linksResults: 'Students found',
  linksResultsCount:
    '{count, plural, =0 {No student matches.} one {# student matches.} other {# students match.}}',
  linksResultsMore: 'Only the first {count} are listed: type more of the name or id.',
  linksStudentLine: '{localId}, grade {grade}, {school}',
  linksStudentLineNoGrade: '{localId}, {school}',
  linksNoLocalId: 'no local id',
  linksShow: 'Show links',
  linksShowFor: 'of {name}',
  linksOf: 'Links of {name}',
  linksGuardians: 'Guardians',
  linksCounselors: 'Counselors who have the student on their caseload',
  linksNoGuardians: 'No guardian is linked to this student.',
  linksNoCounselors: 'The student is on no counselor’s caseload.',
  linksEnd: 'End this link',
  linksEndFor: 'with {name}',
  linksConfirmGuardianTitle: 'End the link between {adult} and {student}?',
  linksConfirmCaseloadTitle: 'Take {student} off the caseload of {adult}?',
  linksConfirmGuardianText:
    '{adult} ({email}), guardian, loses access to the records of {student} at once.',
  linksConfirmCaseloadText:
    '{adult} ({email}), counselor, loses access to the records of {student} at once.',
  linksConfirm: 'End the link',
  linksEnding: 'Ending…',
  linksCancel: 'Cancel',
  linksDoneGuardian: '{adult} is no longer linked to {student} and no longer has access.',
  linksDoneCaseload: '{student} is no longer on the caseload of {adult}, who no longer has access.',
};

export const linksEs: Record<keyof typeof linksEn, string> = {
  adminLinksLink: 'Vínculos de tutores y listas de consejeros',
  linksTitle: 'Vínculos de tutores y listas de consejeros',
  linksIntro:
    'Termina el vínculo de un tutor con un estudiante (una orden judicial, un error de captura) o quita a un estudiante de la lista de un consejero. El acceso termina de inmediato. Las importaciones de listas agregan vínculos; una importación posterior puede volver a agregar uno si la lista aún lo incluye.',
  linksFind: 'Buscar un estudiante',
  linksDistrict: 'Distrito',
  linksQuery: 'Nombre o identificador local del estudiante',
  linksQueryHint: 'Parte del nombre o del identificador de tu sistema de información estudiantil.',
  linksQueryRequired: 'Escribe parte del nombre o del identificador local de un estudiante.',
  linksDistrictRequired: 'Elige el distrito.',
  linksSearch: 'Buscar',
  linksResults: 'Estudiantes encontrados',
  linksResultsCount:
    '{count, plural, =0 {Ningún estudiante coincide.} one {# estudiante coincide.} other {# estudiantes coinciden.}}',
  linksResultsMore:
    'Solo se muestran los primeros {count}: escribe más del nombre o del identificador.',
  linksStudentLine: '{localId}, grado {grade}, {school}',
  linksStudentLineNoGrade: '{localId}, {school}',
  linksNoLocalId: 'sin identificador local',
  linksShow: 'Ver vínculos',
  linksShowFor: 'de {name}',
  linksOf: 'Vínculos de {name}',
  linksGuardians: 'Tutores',
  linksCounselors: 'Consejeros que tienen al estudiante en su lista',
  linksNoGuardians: 'Ningún tutor está vinculado a este estudiante.',
  linksNoCounselors: 'El estudiante no está en la lista de ningún consejero.',
  linksEnd: 'Terminar este vínculo',
  linksEndFor: 'con {name}',
  linksConfirmGuardianTitle: '¿Terminar el vínculo entre {adult} y {student}?',
  linksConfirmCaseloadTitle: '¿Quitar a {student} de la lista de {adult}?',
  linksConfirmGuardianText:
    '{adult} ({email}), tutor, pierde de inmediato el acceso a los expedientes de {student}.',
  linksConfirmCaseloadText:
    '{adult} ({email}), consejero, pierde de inmediato el acceso a los expedientes de {student}.',
  linksConfirm: 'Terminar el vínculo',
  linksEnding: 'Terminando…',
  linksCancel: 'Cancelar',
  linksDoneGuardian: '{adult} ya no está vinculado a {student} y ya no tiene acceso.',
  linksDoneCaseload: '{student} ya no está en la lista de {adult}, que ya no tiene acceso.',
};
