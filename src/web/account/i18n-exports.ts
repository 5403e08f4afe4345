/**
 * The UI texts of the bulk student exports page (the list of exports, approving one, requesting
 * one), in English and Spanish; i18n-admin.ts gathers them with the other admin pages' own.
 */
export const exportsEn = {
  exportsTitle: 'Student exports',
  exportsIntro:
    'Every bulk export of student records is logged. Each administrator may export a limited number of records per 24 hours; an export over that limit waits until another administrator of the same district, or a state administrator, approves it. Nobody can approve their own export.',
  exportsSignInFirst: 'Sign in as a district or state administrator to see student exports.',
  exportsFilters: 'Filter the exports',
  exportsStatus: 'Status',
  exportsAllStatuses: 'All statuses',
  exportsApply: 'Show exports',
  exportsTableCaption: 'Exports of student records, newest first',
  exportsNone: 'No exports match this filter.',
  exportsCount: '{count, plural, one {# export} other {# exports}}',
  exportsColRequestedBy: 'Requested by',
  exportsColRequested: 'Requested',
  exportsColDistrict: 'District',
  exportsColRecords: 'Records',
  exportsColStatus: 'Status',
  exportsColApprovedBy: 'Approved by',
  exportsColActions: 'Actions',
  exportsYou: '{name} (you)',
  exportsAllDistricts: 'All districts',
  exportStatusPending: 'Waiting for approval',
  exportStatusApproved: 'Approved, not downloaded yet',
  exportStatusUsed: 'Downloaded after approval',
  exportStatusDone: 'Downloaded within the limit',
  exportsApprove: 'Approve',
  exportsActionFor: 'the export of {records} requested by {name}',
  exportsWaiting: 'Waiting for another administrator',
  exportsDownloadCsv: 'Download CSV',
  exportsDownloadJson: 'Download JSON',
  exportsRecords: '{count, plural, one {# student record} other {# student records}}',
  exportsConfirmTitle: 'Approve this export?',
  exportsConfirmText:
    '{name} asked on {date} to export {records} of {district}, more than the daily limit allows.',
  exportsConfirmEffect:
    'If you approve, {name} may run this export once and download those records in a file. Approve only if you know why they need them; it cannot be undone.',
  exportsConfirmApprove: 'Approve the export',
  exportsConfirmCancel: 'Cancel',
  exportsApproved: 'Approved. {name} may now run this export once.',
  exportsRequestTitle: 'Export student records',
  exportsRequestIntro:
    'The file downloads at once when it is within your daily limit. A bigger export waits for another administrator’s approval; once approved, download it from the list above, once.',
  exportsFormat: 'File format',
  exportsFormatCsv: 'CSV (for spreadsheets)',
  exportsFormatJson: 'JSON (for other software)',
  exportsDistrict: 'District',
  exportsRequestSubmit: 'Export student records',
  exportsRequestBusy: 'Exporting…',
  exportsDownloaded: 'Export done: {file} is downloaded.',
  exportsDownloadedApproved:
    '{file} is downloaded. The approval is now used: this export cannot run again.',
  exportsWaitsForApproval:
    'Nothing was downloaded: this export is over your daily limit of student records, so it now waits for approval (export {id}). Another administrator of the district, or a state administrator, must approve it on this page; then download it from the list, once.',
  exportsApproveRefused:
    'You may not approve this export: only a different administrator of its district, or a state administrator, may approve it.',
  exportsNotPending: 'This export is no longer waiting for approval. The list is up to date now.',
  exportsNotFound: 'This export does not exist any more. The list is up to date now.',
  exportsRunConflict:
    'This export cannot run: it is not approved yet, or it already ran once. The list is up to date now.',
  exportsRefused: 'Your account may not export these student records.',
};

type ExportsMessages = Record<keyof typeof exportsEn, string>;

export const exportsEs: ExportsMessages = {
  exportsTitle: 'Exportaciones de estudiantes',
  exportsIntro:
    'Cada exportación masiva de expedientes de estudiantes queda registrada. Cada administrador puede exportar un número limitado de expedientes cada 24 horas; una exportación que supera ese límite espera a que otro administrador del mismo distrito, o un administrador estatal, la apruebe. Nadie puede aprobar su propia exportación.',
  exportsSignInFirst:
    'Inicia sesión como administrador de distrito o estatal para ver las exportaciones de estudiantes.',
  exportsFilters: 'Filtrar las exportaciones',
  exportsStatus: 'Estado',
  exportsAllStatuses: 'Todos los estados',
  exportsApply: 'Mostrar exportaciones',
  exportsTableCaption: 'Exportaciones de expedientes de estudiantes, las más recientes primero',
  exportsNone: 'Ninguna exportación coincide con este filtro.',
  exportsCount: '{count, plural, one {# exportación} other {# exportaciones}}',
  exportsColRequestedBy: 'Solicitada por',
  exportsColRequested: 'Fecha de solicitud',
  exportsColDistrict: 'Distrito',
  exportsColRecords: 'Expedientes',
  exportsColStatus: 'Estado',
  exportsColApprovedBy: 'Aprobada por',
  exportsColActions: 'Acciones',
  exportsYou: '{name} (tú)',
  exportsAllDistricts: 'Todos los distritos',
  exportStatusPending: 'Esperando aprobación',
  exportStatusApproved: 'Aprobada, todavía sin descargar',
  exportStatusUsed: 'Descargada tras la aprobación',
  exportStatusDone: 'Descargada dentro del límite',
  exportsApprove: 'Aprobar',
  exportsActionFor: 'la exportación de {records} solicitada por {name}',
  exportsWaiting: 'Esperando a otro administrador',
  exportsDownloadCsv: 'Descargar CSV',
  exportsDownloadJson: 'Descargar JSON',
  exportsRecords:
    '{count, plural, one {# expediente de estudiante} other {# expedientes de estudiantes}}',
  exportsConfirmTitle: '¿Aprobar esta exportación?',
  exportsConfirmText:
    '{name} pidió el {date} exportar {records} de {district}, más de lo que permite el límite diario.',
  exportsConfirmEffect:
    'Si la apruebas, {name} podrá ejecutar esta exportación una vez y descargar esos expedientes en un archivo. Apruébala solo si sabes para qué los necesita; no se puede deshacer.',
  exportsConfirmApprove: 'Aprobar la exportación',
  exportsConfirmCancel: 'Cancelar',
  exportsApproved: 'Aprobada. {name} ya puede ejecutar esta exportación una vez.',
  exportsRequestTitle: 'Exportar expedientes de estudiantes',
  exportsRequestIntro:
    'El archivo se descarga enseguida si está dentro de tu límite diario. Una exportación mayor espera la aprobación de otro administrador; cuando esté aprobada, descárgala una vez desde la lista de arriba.',
  exportsFormat: 'Formato del archivo',
  exportsFormatCsv: 'CSV (para hojas de cálculo)',
  exportsFormatJson: 'JSON (para otros programas)',
  exportsDistrict: 'Distrito',
  exportsRequestSubmit: 'Exportar expedientes de estudiantes',
  exportsRequestBusy: 'Exportando…',
  exportsDownloaded: 'Exportación lista: {file} se descargó.',
  exportsDownloadedApproved:
    '{file} se descargó. La aprobación ya se usó: esta exportación no puede volver a ejecutarse.',
  exportsWaitsForApproval:
    'No se descargó nada: esta exportación supera tu límite diario de expedientes de estudiantes, así que ahora espera aprobación (exportación {id}). Otro administrador del distrito, o un administrador estatal, debe aprobarla en esta página; después descárgala una vez desde la lista.',
  exportsApproveRefused:
    'No puedes aprobar esta exportación: solo puede aprobarla otro administrador de su distrito o un administrador estatal.',
  exportsNotPending: 'Esta exportación ya no espera aprobación. La lista está actualizada.',
  exportsNotFound: 'Esta exportación ya no existe. La lista está actualizada.',
  exportsRunConflict:
    'Esta exportación no puede ejecutarse: todavía no está aprobada o ya se ejecutó una vez. La lista está actualizada.',
  exportsRefused: 'Tu cuenta no puede exportar estos expedientes de estudiantes.',
};
