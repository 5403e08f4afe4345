/**
 * The refusals of account-messages-en.ts in Spanish, in the «tú» form every Spanish text uses
 * (src/domain/glossary/register-es.ts), with the terms of docs/glossary-es.md.
 */
import type { AccountMessage } from './account-messages-en.ts';

/** A role as a noun without article (masculine where the role is a person). */
const ROLE =
  '{role, select, state_admin {administrador estatal} district_admin {administrador del distrito} school_admin {administrador de la escuela} counselor {consejero escolar} teacher {docente} college_staff {miembro del personal de educación superior} employer_partner {socio empleador} student {estudiante} guardian {padre o tutor} other {{role}}}';
/** An organization kind, or two of them, with its indefinite article. */
const kindOf = (name: string) =>
  `{${name}, select, state {un estado} district {un distrito} school {una escuela} college {un colegio comunitario} university {una universidad} employer {un empleador} school-district {una escuela o un distrito} college-university {un colegio comunitario o una universidad} other {{${name}}}}`;

const DEPENDENCE_ES =
  '{reason, select, self {No puedes aprobar tu propia solicitud: debe hacerlo otro administrador.} same_identity {Tu cuenta comparte la identidad de inicio de sesión de quien lo solicita (el mismo buzón o el mismo inicio de sesión escolar): debe aprobarlo otro administrador.} created_by_requester {Quien lo solicita creó tu cuenta (o te dio tu función), directamente o mediante cuentas que creó, hace muy poco para contar como una segunda persona: debe aprobarlo otro administrador.} other {Creaste la cuenta de quien lo solicita (o le diste su función) hace muy poco para contar como una segunda persona: debe aprobarlo otro administrador.}}';

export const accountMessagesEs: Record<AccountMessage, string> = {
  notAllowed: 'No tienes permiso para esta acción sobre este registro ({action}).',
  signInFirst: 'Inicia sesión primero.',
  roleMayNot: 'Tu función no permite hacer esto.',
  secondFactorFirst:
    'Configura tu segundo factor (aplicación de autenticación) antes de continuar.',
  csrfMissing:
    'Falta el encabezado {header} o no es correcto: envía el csrfToken que recibiste al iniciar sesión.',
  crossSite: 'Se rechazó una solicitud desde otro sitio.',
  signInWrong: 'El correo electrónico o la contraseña no son correctos.',
  codeNeeded: 'Escribe el código de 6 dígitos de tu aplicación de autenticación.',
  signInWrongWithCode: 'La contraseña o el código no son correctos.',
  signInLocked:
    'Hubo demasiados inicios de sesión fallidos con este correo electrónico desde tu dirección: queda bloqueado por un tiempo. Inténtalo de nuevo más tarde o pide a un administrador que restablezca tu contraseña.',
  signInRateLimited:
    'Demasiados intentos de inicio de sesión desde tu dirección. Espera un minuto e inténtalo de nuevo.',
  currentPasswordWrong: 'La contraseña actual no es correcta.',
  linkInvalid: 'Este enlace no es válido: ya se usó o caducó. Pide uno nuevo a un administrador.',
  accountGone: 'Tu cuenta ya no existe.',
  totpAlreadySet:
    'Ya tienes un segundo factor configurado. Pide a un administrador que lo restablezca.',
  totpStartFirst: 'Primero empiece a configurar un segundo factor.',
  totpWrongCheckTime:
    'El código no es correcto: revisa la hora de tu dispositivo e inténtalo de nuevo.',
  totpNotSet: 'No tienes ningún segundo factor configurado: configura uno primero.',
  totpLocked: 'Demasiados intentos fallidos: inténtalo de nuevo más tarde.',
  totpWrongOrUsed: 'El código no es correcto o ya se usó.',
  noProvider: 'No hay ningún proveedor de inicio de sesión llamado {id}.',
  oidcExpired:
    'El inicio de sesión con {provider} caducó o se empezó en otro navegador: vuelve a empezar.',
  oidcNoSubject:
    '{provider} no envió el dato «{claim}» que te identifica. Consulta con tu administrador.',
  oidcUnverifiable:
    'No se pudo verificar el inicio de sesión con {provider} ({reason}). Vuelve a empezar desde la página de inicio de sesión.',
  oidcNoEmail:
    '{provider} no compartió una dirección de correo electrónico y ninguna cuenta de Wayfinder está vinculada a esta cuenta de {provider}. Consulta con tu administrador.',
  oidcUnverifiedEmail:
    '{provider} no ha verificado el correo electrónico {email}, así que no sirve para iniciar sesión. Verifícalo con {provider} o inicia sesión con tu contraseña.',
  oidcUnknownEmail:
    'Ninguna cuenta de Wayfinder usa el correo electrónico {email}. Pide a tu administrador que cree una; las cuentas no se crean al iniciar sesión.',
  oidcLinkedElsewhere:
    'Tu cuenta de Wayfinder está vinculada a otra identidad de inicio de sesión. Inicia sesión con esa o consulta con tu administrador.',
  oidcRetry: 'No se pudo iniciar sesión: inténtalo de nuevo.',
  oidcDisabled: 'Esta cuenta está deshabilitada. Consulta con tu administrador.',
  oidcLinkHint:
    ' Tu identificador de inicio de sesión en {provider} es {subject}: un administrador puede vincularlo a tu cuenta de Wayfinder.',
  issuerUrl:
    'El emisor (issuer) debe ser la URL de emisor del proveedor, como https://accounts.google.com.',
  subjectId:
    'El sujeto (subject) debe ser el identificador de la persona en el proveedor, sin espacios.',
  identityTaken:
    'Esa identidad ya está vinculada a otra cuenta ({email}). Quítala primero de esa cuenta.',
  accountLinked:
    'La cuenta {email} ya está vinculada a otra identidad de inicio de sesión. Quita primero ese vínculo.',
  noUserEmail: 'Ningún usuario tiene el correo electrónico {email}.',
  noOrgId: 'Ninguna organización tiene el identificador {id}.',
  orgExists: 'Ya existe una organización con el identificador {id}.',
  stateNoParent: 'Un estado no tiene organización superior.',
  needsParent: `Para crear ${kindOf('kind')} hace falta su organización superior: ${kindOf('wanted')}.`,
  wrongParent: `La organización superior de ${kindOf('kind')} es ${kindOf('wanted')}, no ${kindOf('parent')}.`,
  roleOrg: `La cuenta de ${ROLE} pertenece a ${kindOf('wanted')}, no a ${kindOf('kind')}.`,
  nameEmpty: 'El nombre está vacío.',
  nameProblem: 'El nombre {problem}.',
  emailTaken: 'Ya existe un usuario con el correo electrónico {email}.',
  studentSchool: 'Un estudiante pertenece a una escuela.',
  nameOnlyStudent:
    'Solo un estudiante tiene {part, select, given {nombres} other {apellidos}} registrados.',
  namePartProblem: '{part, select, given {El nombre} other {El apellido}} {problem}.',
  secondAdmin: `Una nueva cuenta de administrador del distrito necesita que la habilite el administrador estatal o un segundo administrador del distrito. ${DEPENDENCE_ES}`,
  accountDisabled: 'La cuenta {email} está deshabilitada.',
  noStudentEmail: 'Ningún estudiante tiene el correo electrónico {email}.',
  noStudentId: 'Ningún estudiante tiene el identificador {id}.',
  noRoleEmail: `Ningún ${ROLE} tiene el correo electrónico {email}.`,
  sameDistrict: `El ${ROLE} y el estudiante deben ser del mismo distrito.`,
  counselorSchool:
    'Los estudiantes a cargo de un consejero escolar son de su propia escuela o de las otras escuelas que atiende.',
  furtherSchoolDistrict:
    'Otras escuelas (schools): {school} no es una escuela del distrito del consejero escolar.',
  furtherSchoolCounselor:
    'Otras escuelas (schools) son para un consejero escolar; {email} no lo es.',
  exportOverCap:
    'Esta exportación de {count} expedientes de estudiantes superaría tu límite de {cap} cada 24 horas ({used} exportados hasta ahora). Queda esperando aprobación como exportación {id}: pide a otro administrador {district, select, none {del estado} other {del distrito {district}}} (o a un administrador estatal) que la aprueba (`wayfinder students approve-export {id} --as TU_CORREO`, o POST /api/v1/students/exports/{id}/approve) y luego exporta de nuevo con la aprobación {id} (`--approval {id}`).',
  exportNotYours: 'No tienes ninguna exportación {id} pendiente de ejecutar.',
  exportAwaiting: 'La exportación {id} sigue esperando la aprobación de otro administrador.',
  exportUsed:
    'La exportación {id} ya se ejecutó; una aprobación permite ejecutar una exportación una sola vez.',
  noExportId: 'Ninguna exportación tiene el identificador {id}.',
  exportApprover:
    'Solo otro administrador {district, select, none {del estado} other {del distrito {district}}} o un administrador estatal puede aprobar la exportación {id}.',
  exportDependence: DEPENDENCE_ES,
  exportNotPending:
    'La exportación {id} no está esperando aprobación (está {status, select, approved {aprobada} used {ya usada} done {terminada} pending {pendiente} other {{status}}}).',
};
