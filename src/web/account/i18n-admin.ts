/**
 * The UI texts of the administration pages (users and their sign-in identities, the audit log),
 * in English and Spanish, with those of the bulk student exports page (i18n-exports.ts) and the imports page
 * (i18n-imports.ts); i18n.ts
 * merges them into the one dictionary.
 */
import { exportsEn, exportsEs } from './i18n-exports.ts';
import { importsEn, importsEs } from './i18n-imports.ts';

export const adminEn = {
  ...exportsEn,
  ...importsEn,
  usersTitle: 'Users',
  usersIntro: 'The accounts you manage. New users get a one-time link to set their password.',
  usersTableCaption: 'Users of your scope',
  usersCount: '{count, plural, one {# user} other {# users}}',
  usersNone: 'There are no users here yet.',
  usersColName: 'Name',
  usersColEmail: 'Email',
  usersColRole: 'Role',
  usersColOrg: 'Organization',
  usersFurtherSchools: 'Also serves: {schools}',
  usersColTotp: 'Second factor',
  usersColStatus: 'Status',
  usersColActions: 'Actions',
  usersTotpOn: 'On',
  usersTotpOff: 'Off',
  usersActive: 'Active',
  usersDisabled: 'Disabled',
  usersDisable: 'Disable',
  usersEnable: 'Enable',
  usersResetLink: 'Reset link',
  usersActionsFor: 'for {name}',
  usersDisabledDone: '{email} is disabled and signed out everywhere.',
  usersEnabledDone: '{email} is enabled again.',
  usersColSignIn: 'School sign-in',
  usersLinked: 'Linked',
  usersNotLinked: 'Not linked',
  usersLinkSignIn: 'Link sign-in',
  usersUnlinkSignIn: 'Unlink sign-in',
  identityTitle: 'Link a school sign-in for {name}',
  identityIntro:
    'Some school sign-in providers (Microsoft Entra ID, for example) share no verified email address, so Wayfinder cannot find the person’s account by email. Link their identity at the provider to their account here; they can then sign in with it.',
  identityProvider: 'Sign-in provider',
  identityIssuer: 'Issuer URL',
  identityIssuerHint:
    'The provider’s issuer address, exactly as it appears in its ID tokens, such as https://login.microsoftonline.com/…/v2.0.',
  identitySubject: 'Person’s id at the provider (subject)',
  identitySubjectHint:
    'The person’s id at the provider, not their email address. When their sign-in was refused, the page showed it to them (“Your … sign-in id is …”) and the audit log keeps it. For Microsoft Entra ID set up with "subjectClaim": "oid", it is the Object ID shown in the Entra admin center. Copy it exactly, without spaces.',
  identitySubmit: 'Link sign-in',
  identityBusy: 'Linking…',
  identityCancel: 'Cancel',
  identityLinked: 'School sign-in linked: {name} can now sign in with their account at {host}.',
  unlinkTitle: 'Unlink the school sign-in of {name}?',
  unlinkText:
    '{name} will no longer be able to sign in with their account at {host}. Their Wayfinder password, if they have one, still works, and you can link a sign-in again later.',
  unlinkConfirm: 'Unlink sign-in',
  unlinkDone: 'The school sign-in of {name} is unlinked.',
  identityErrorProvider: 'Choose the sign-in provider.',
  identityErrorProviderGone:
    'This sign-in provider is not configured any more. Reload the page and choose another.',
  identityErrorIssuerRequired: 'Enter the provider’s issuer URL.',
  identityErrorIssuer: 'Enter the provider’s issuer URL, such as https://accounts.google.com.',
  identityErrorSubjectRequired: 'Enter the person’s id at the provider.',
  identityErrorSubject:
    'Enter the person’s id at the provider exactly, without spaces (at most 255 characters).',
  identityErrorTaken:
    'This id is already linked to another Wayfinder account ({email}). Unlink it there first.',
  identityErrorTakenOther:
    'This id is already linked to another Wayfinder account. Unlink it there first.',
  identityErrorAlreadyLinked:
    'The account of {name} is already linked to another school sign-in. Unlink that one first; the list is up to date now.',
  identityErrorUserGone: 'This user does not exist any more. The list is up to date now.',
  identityErrorRefused: 'Your account may not change the sign-in of this user.',
  auditTitle: 'Audit log',
  auditIntro:
    'Sign-ins and failures, staff reads of student records and administrative changes, newest first. Entries can never be changed or removed.',
  auditFilters: 'Filter the audit log',
  auditAction: 'Action',
  auditAllActions: 'All actions',
  auditDistrict: 'District',
  auditAllDistricts: 'All districts',
  auditLimit: 'Entries to show',
  auditApply: 'Show entries',
  auditTableCaption: 'Audit log entries',
  auditNone: 'No entries match these filters.',
  auditCount: '{count, plural, one {# entry} other {# entries}}',
  auditColTime: 'Time',
  auditColAction: 'Action',
  auditColOutcome: 'Outcome',
  auditColActor: 'Who',
  auditColTarget: 'Target',
  auditColDistrict: 'District',
  auditColFrom: 'From',
  auditColDetail: 'Details',
};

type AdminMessages = Record<keyof typeof adminEn, string>;

export const adminEs: AdminMessages = {
  ...exportsEs,
  ...importsEs,
  usersTitle: 'Usuarios',
  usersIntro:
    'Las cuentas que gestionas. Cada usuario nuevo recibe un enlace de un solo uso para crear su contraseña.',
  usersTableCaption: 'Usuarios de tu ámbito',
  usersCount: '{count, plural, one {# usuario} other {# usuarios}}',
  usersNone: 'Todavía no hay usuarios aquí.',
  usersColName: 'Nombre',
  usersColEmail: 'Correo electrónico',
  usersColRole: 'Función',
  usersColOrg: 'Organización',
  usersFurtherSchools: 'También atiende: {schools}',
  usersColTotp: 'Segundo factor',
  usersColStatus: 'Estado',
  usersColActions: 'Acciones',
  usersTotpOn: 'Activado',
  usersTotpOff: 'Desactivado',
  usersActive: 'Activa',
  usersDisabled: 'Desactivada',
  usersDisable: 'Desactivar',
  usersEnable: 'Activar',
  usersResetLink: 'Enlace nuevo',
  usersActionsFor: 'para {name}',
  usersDisabledDone: '{email} está desactivada y se cerraron todas sus sesiones.',
  usersEnabledDone: '{email} está activada de nuevo.',
  usersColSignIn: 'Inicio de sesión escolar',
  usersLinked: 'Vinculado',
  usersNotLinked: 'Sin vincular',
  usersLinkSignIn: 'Vincular inicio de sesión',
  usersUnlinkSignIn: 'Desvincular inicio de sesión',
  identityTitle: 'Vincular un inicio de sesión escolar para {name}',
  identityIntro:
    'Algunos proveedores de inicio de sesión escolar (Microsoft Entra ID, por ejemplo) no comparten un correo electrónico verificado, así que Wayfinder no puede encontrar la cuenta de la persona por su correo. Vincula aquí su identidad en el proveedor con su cuenta; después podrá iniciar sesión con ella.',
  identityProvider: 'Proveedor de inicio de sesión',
  identityIssuer: 'URL del emisor',
  identityIssuerHint:
    'La dirección del emisor del proveedor, tal como aparece en sus tokens de ID, por ejemplo https://login.microsoftonline.com/…/v2.0.',
  identitySubject: 'Identificador de la persona en el proveedor (sujeto)',
  identitySubjectHint:
    'El identificador de la persona en el proveedor, no su correo electrónico. Cuando se rechazó su inicio de sesión, la página se lo mostró («Tu identificador de inicio de sesión de … es …») y el registro de auditoría lo guarda. En Microsoft Entra ID configurado con "subjectClaim": "oid", es el Id. de objeto que muestra el centro de administración de Entra. Cópialo exactamente, sin espacios.',
  identitySubmit: 'Vincular inicio de sesión',
  identityBusy: 'Vinculando…',
  identityCancel: 'Cancelar',
  identityLinked:
    'Inicio de sesión escolar vinculado: {name} ya puede iniciar sesión con su cuenta de {host}.',
  unlinkTitle: '¿Desvincular el inicio de sesión escolar de {name}?',
  unlinkText:
    '{name} ya no podrá iniciar sesión con su cuenta de {host}. Su contraseña de Wayfinder, si tiene una, sigue funcionando, y puedes volver a vincular un inicio de sesión más adelante.',
  unlinkConfirm: 'Desvincular inicio de sesión',
  unlinkDone: 'Se desvinculó el inicio de sesión escolar de {name}.',
  identityErrorProvider: 'Elige el proveedor de inicio de sesión.',
  identityErrorProviderGone:
    'Este proveedor de inicio de sesión ya no está configurado. Recarga la página y elige otro.',
  identityErrorIssuerRequired: 'Escribe la URL del emisor del proveedor.',
  identityErrorIssuer:
    'Escribe la URL del emisor del proveedor, por ejemplo https://accounts.google.com.',
  identityErrorSubjectRequired: 'Escribe el identificador de la persona en el proveedor.',
  identityErrorSubject:
    'Escribe el identificador de la persona en el proveedor exactamente, sin espacios (como máximo 255 caracteres).',
  identityErrorTaken:
    'Este identificador ya está vinculado a otra cuenta de Wayfinder ({email}). Desvincúlalo allí primero.',
  identityErrorTakenOther:
    'Este identificador ya está vinculado a otra cuenta de Wayfinder. Desvincúlalo allí primero.',
  identityErrorAlreadyLinked:
    'La cuenta de {name} ya está vinculada a otro inicio de sesión escolar. Desvincula ese primero; la lista está actualizada.',
  identityErrorUserGone: 'Este usuario ya no existe. La lista está actualizada.',
  identityErrorRefused: 'Tu cuenta no puede cambiar el inicio de sesión de este usuario.',
  auditTitle: 'Registro de auditoría',
  auditIntro:
    'Inicios de sesión y fallos, consultas del personal a expedientes de estudiantes y cambios administrativos, del más reciente al más antiguo. Las entradas nunca se pueden cambiar ni borrar.',
  auditFilters: 'Filtrar el registro de auditoría',
  auditAction: 'Acción',
  auditAllActions: 'Todas las acciones',
  auditDistrict: 'Distrito',
  auditAllDistricts: 'Todos los distritos',
  auditLimit: 'Entradas que mostrar',
  auditApply: 'Mostrar entradas',
  auditTableCaption: 'Entradas del registro de auditoría',
  auditNone: 'Ninguna entrada coincide con estos filtros.',
  auditCount: '{count, plural, one {# entrada} other {# entradas}}',
  auditColTime: 'Fecha y hora',
  auditColAction: 'Acción',
  auditColOutcome: 'Resultado',
  auditColActor: 'Quién',
  auditColTarget: 'Objeto',
  auditColDistrict: 'Distrito',
  auditColFrom: 'Desde',
  auditColDetail: 'Detalles',
};
