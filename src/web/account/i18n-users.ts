/**
 * The UI texts the account page and the admin pages share, in English and Spanish: the
 * administration links, the role names, creating a user and handing over their one-time link
 * (and why it could not be emailed). i18n-account.ts gathers them with the account pages' own.
 */
export const usersEn = {
  adminTitle: 'Administration',
  adminUsersLink: 'Users',
  adminAuditLink: 'Audit log',
  adminExportsLink: 'Student exports',
  roleStateAdmin: 'State administrator',
  roleDistrictAdmin: 'District administrator (CTE coordinator)',
  roleSchoolAdmin: 'School administrator',
  roleCounselor: 'School counselor',
  roleTeacher: 'Teacher',
  roleCollegeStaff: 'College staff',
  roleEmployerPartner: 'Employer partner',
  roleStudent: 'Student',
  roleGuardian: 'Guardian',

  adminSignInFirst: 'Sign in as a district or state administrator to manage users.',
  adminRefused:
    'This page is for district and state administrators. Your account does not have access to it.',
  createUserTitle: 'Create a user',
  createUserName: 'Name',
  createUserEmail: 'Email',
  createUserRole: 'Role',
  createUserOrg: 'Organization',
  createUserGivenName: 'Given name (optional)',
  createUserFamilyName: 'Family name (optional)',
  createUserNamesHint: 'A student’s names as the school writes them, so lists sort by family name.',
  createUserChoose: 'Choose…',
  createUserSubmit: 'Create user',
  createUserDone: 'Created {email}.',
  errorNameRequired: 'Enter the name.',
  errorChooseRole: 'Choose a role.',
  errorChooseOrg: 'Choose an organization.',
  linkTitle: 'One-time link for {email}',
  linkText:
    'Give this link to the person privately (not by a shared channel). It works once and expires on {date}.',
  linkCopy: 'Copy the link',
  linkCopied: 'Copied.',
  linkEmailed: 'Also emailed to {email}.',
  linkNotEmailed: 'Could not email it: {reason}. Give the link to the person yourself.',
  mailAnswered: 'the mail server answered {code}',
  mailUnreachable: 'the mail server could not be reached',
  mailUnreachableCode: 'the mail server could not be reached ({code})',
};

export const usersEs: Record<keyof typeof usersEn, string> = {
  adminTitle: 'Administración',
  adminUsersLink: 'Usuarios',
  adminAuditLink: 'Registro de auditoría',
  adminExportsLink: 'Exportaciones de estudiantes',
  roleStateAdmin: 'Administración estatal',
  roleDistrictAdmin: 'Administración del distrito (coordinación de CTE)',
  roleSchoolAdmin: 'Administración de la escuela (dirección)',
  roleCounselor: 'Consejero escolar',
  roleTeacher: 'Docente',
  roleCollegeStaff: 'Personal de educación superior',
  roleEmployerPartner: 'Empresa colaboradora',
  roleStudent: 'Estudiante',
  roleGuardian: 'Madre, padre o tutor',

  adminSignInFirst:
    'Inicia sesión con una cuenta de administración del distrito o del estado para gestionar usuarios.',
  adminRefused:
    'Esta página es para la administración del distrito y del estado. Tu cuenta no tiene acceso a ella.',
  createUserTitle: 'Crear un usuario',
  createUserName: 'Nombre',
  createUserEmail: 'Correo electrónico',
  createUserRole: 'Función',
  createUserOrg: 'Organización',
  createUserGivenName: 'Nombre(s) de pila (opcional)',
  createUserFamilyName: 'Apellido(s) (opcional)',
  createUserNamesHint:
    'Los nombres del estudiante como los escribe la escuela, para ordenar las listas por apellido.',
  createUserChoose: 'Elige…',
  createUserSubmit: 'Crear el usuario',
  createUserDone: 'Se creó {email}.',
  errorNameRequired: 'Escribe el nombre.',
  errorChooseRole: 'Elige una función.',
  errorChooseOrg: 'Elige una organización.',
  linkTitle: 'Enlace de un solo uso para {email}',
  linkText:
    'Entrega este enlace a la persona de forma privada (no por un canal compartido). Funciona una sola vez y caduca el {date}.',
  linkCopy: 'Copiar el enlace',
  linkCopied: 'Copiado.',
  linkEmailed: 'También se envió por correo electrónico a {email}.',
  linkNotEmailed:
    'No se pudo enviar por correo electrónico: {reason}. Entrega tú el enlace a la persona.',
  mailAnswered: 'el servidor de correo respondió {code}',
  mailUnreachable: 'no se pudo conectar con el servidor de correo',
  mailUnreachableCode: 'no se pudo conectar con el servidor de correo ({code})',
};
