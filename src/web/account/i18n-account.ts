/**
 * The UI texts of sign-in and account settings (and the role names and errors the admin pages
 * share), in English and Spanish; i18n.ts merges them into the one dictionary per language.
 */
export const accountEn = {
  navAccountLabel: 'Your account',
  navSignIn: 'Sign in',
  navSignOut: 'Sign out',
  navAccount: 'Account',
  signedInAs: 'Signed in as {name}',
  signingOut: 'Signing out…',

  signInTitle: 'Sign in',
  signInIntro:
    'Staff, students and guardians sign in with the email and password of their Wayfinder account.',
  signInEmail: 'Email',
  signInPassword: 'Password',
  signInSubmit: 'Sign in',
  signInBusy: 'Signing in…',
  signInCodeTitle: 'Second factor',
  signInCodeIntro: 'Enter the 6-digit code that your authenticator app shows for Wayfinder.',
  signInCode: 'Code from your authenticator app',
  signInCodeSubmit: 'Confirm',
  signInCodeBack: 'Use another account',
  signInCodeAs: 'You signed in with your school account as {name} ({email}).',
  signInCodeProviderIntro:
    'Your Wayfinder account also uses a second factor: enter the 6-digit code that your authenticator app shows for Wayfinder to finish signing in.',
  signInCodeBusy: 'Checking…',
  signInCodeCancel: 'Cancel and sign out',
  navFinishSignIn: 'Finish signing in',
  codeDueNotice:
    'You have not finished signing in: first enter the code from your authenticator app.',
  errorSessionEnded: 'Your session has ended. Sign in again.',
  signInAlready: 'You are signed in as {name}.',
  signInProviders: 'Sign in with your school account',
  signInWith: 'Sign in with {name}',
  oidcRefusedNoEmail:
    '{provider} did not share an email address, and no Wayfinder account is linked to this {provider} account.',
  oidcRefusedUnverified:
    '{provider} has not verified your email address, so it cannot be matched to a Wayfinder account.',
  oidcRefusedUnknown:
    'No Wayfinder account uses the email address {provider} gave. Accounts are not created at sign-in: ask your school.',
  oidcRefusedLinkedElsewhere:
    'Your Wayfinder account is linked to another sign-in. Use that one, or sign in with your password.',
  oidcRefusedDisabled: 'This account is disabled. Ask your administrator.',
  oidcRefusedFailed: 'The sign-in with {provider} could not be completed. Start again.',
  oidcRefusedSignInId:
    'Your {provider} sign-in id is {id}. Give it to your administrator, who can link it to your Wayfinder account.',
  oidcRefusedSomeProvider: 'The provider',
  signInOrPassword: 'Or with your Wayfinder email and password',
  signInNoPassword:
    'No password yet, or forgot it? Ask your district administrator for a one-time link to set one.',
  errorEmailRequired: 'Enter your email address.',
  errorEmailInvalid: 'Enter an email address such as name@example.org.',
  errorEmailTaken: 'An account with this email address already exists.',
  errorPasswordRequired: 'Enter your password.',
  errorCodeInvalid: 'Enter the 6 digits of the code.',
  errorWrongPassword: 'The email or password is wrong.',
  errorWrongCode: 'The code is wrong or was already used. Wait for the next code and try again.',
  errorWrongPasswordOrCode:
    'The password or the code is wrong (or the code was already used). Check both and try again.',
  errorLocked:
    'Too many failed sign-ins for this email from here: it is locked for a while. Try again later or ask an administrator.',
  errorRateLimited: 'Too many sign-in attempts. Wait a minute and try again.',
  errorFormTitle: 'There is a problem',

  setPasswordTitle: 'Set your password',
  setPasswordIntro: 'Choose the password for your Wayfinder account. This link works only once.',
  setPasswordNew: 'New password',
  setPasswordRepeat: 'New password again',
  setPasswordSubmit: 'Set password',
  setPasswordBusy: 'Saving…',
  setPasswordDone: 'Your password is set. You can now sign in.',
  setPasswordNoToken:
    'This address has no one-time link token. Open the whole link you were given, or ask an administrator for a new one.',
  setPasswordBadLink:
    'This link is not valid: it was already used or has expired. Ask an administrator for a new one.',
  passwordHint:
    'At least 10 characters. A phrase of several unrelated words is strong and easy to remember.',
  passwordStrength: 'Strength: {level}',
  strengthTooShort: 'too short',
  strengthWeak: 'weak',
  strengthFair: 'fair',
  strengthStrong: 'strong',
  errorPasswordShort: 'The password must be at least 10 characters long.',
  errorPasswordMismatch: 'The two passwords are not the same.',

  accountTitle: 'Your account',
  accountSignInFirst: 'Sign in to see your account.',
  accountDetails: 'Your details',
  ownDataTitle: 'Your records',
  ownDataIntro:
    'Download a copy of everything Wayfinder keeps about you: your school record, transcript, transfer credit, learning plan with all its versions and sign-offs, interest results, saved items and your school counselors’ notes about you.',
  ownDataLink: 'Download my records (JSON)',
  accountName: 'Name',
  accountEmail: 'Email',
  accountRole: 'Role',
  accountOrg: 'Organization',
  districtProgramsTitle: 'Programs of study in your district',
  districtProgramsLoading: 'Loading your district’s programs…',
  districtProgramsNone: 'Your district has no approved programs of study yet.',
  accountTotpDue:
    'Your role can read other people’s student records, so your account needs a second factor. Set it up below before you go on.',
  changePasswordTitle: 'Change your password',
  currentPassword: 'Current password',
  changePasswordSubmit: 'Change password',
  changePasswordDone: 'Your password is changed. Your other sessions were signed out.',
  errorCurrentPassword: 'The current password is wrong.',
  totpTitle: 'Second factor (authenticator app)',
  totpOn: 'Your second factor is set up. You will be asked for a code each time you sign in.',
  totpOff:
    'A second factor protects your account even if someone learns your password. You need an authenticator app on your phone.',
  totpStart: 'Set up a second factor',
  totpSecret: 'Secret key (type it into your authenticator app)',
  totpUri: 'Setup address (for apps that accept an otpauth link)',
  totpConfirmIntro: 'Then enter the 6-digit code the app shows for Wayfinder.',
  totpConfirm: 'Turn on the second factor',
  totpDone: 'Your second factor is on.',
  errorTotpCode: 'The code is wrong: check the time on your device and try again.',
  signOutEverywhereTitle: 'Sign out everywhere',
  signOutEverywhereText:
    'Ends every session of your account, on this device and any other. Use it if you signed in on a shared computer or lost a device.',
  signOutEverywhere: 'Sign out everywhere',
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

type AccountMessages = Record<keyof typeof accountEn, string>;

export const accountEs: AccountMessages = {
  navAccountLabel: 'Tu cuenta',
  navSignIn: 'Iniciar sesión',
  navSignOut: 'Cerrar sesión',
  navAccount: 'Cuenta',
  signedInAs: 'Sesión iniciada como {name}',
  signingOut: 'Cerrando sesión…',

  signInTitle: 'Iniciar sesión',
  signInIntro:
    'El personal, los estudiantes y las familias inician sesión con el correo electrónico y la contraseña de su cuenta de Wayfinder.',
  signInEmail: 'Correo electrónico',
  signInPassword: 'Contraseña',
  signInSubmit: 'Iniciar sesión',
  signInBusy: 'Iniciando sesión…',
  signInCodeTitle: 'Segundo factor',
  signInCodeIntro:
    'Escribe el código de 6 dígitos que muestra tu aplicación de autenticación para Wayfinder.',
  signInCode: 'Código de tu aplicación de autenticación',
  signInCodeSubmit: 'Confirmar',
  signInCodeBack: 'Usar otra cuenta',
  signInCodeAs: 'Iniciaste sesión con la cuenta de tu escuela como {name} ({email}).',
  signInCodeProviderIntro:
    'Tu cuenta de Wayfinder también usa un segundo factor: escribe el código de 6 dígitos que muestra tu aplicación de autenticación para Wayfinder para terminar de iniciar sesión.',
  signInCodeBusy: 'Comprobando…',
  signInCodeCancel: 'Cancelar y cerrar sesión',
  navFinishSignIn: 'Terminar de iniciar sesión',
  codeDueNotice:
    'Todavía no terminaste de iniciar sesión: primero escribe el código de tu aplicación de autenticación.',
  errorSessionEnded: 'Tu sesión terminó. Vuelve a iniciar sesión.',
  signInAlready: 'Has iniciado sesión como {name}.',
  signInProviders: 'Inicia sesión con la cuenta de tu escuela',
  signInWith: 'Iniciar sesión con {name}',
  oidcRefusedNoEmail:
    '{provider} no compartió una dirección de correo, y ninguna cuenta de Wayfinder está vinculada a esta cuenta de {provider}.',
  oidcRefusedUnverified:
    '{provider} no ha verificado tu dirección de correo, así que no se puede asociar a una cuenta de Wayfinder.',
  oidcRefusedUnknown:
    'Ninguna cuenta de Wayfinder usa la dirección de correo que dio {provider}. Las cuentas no se crean al iniciar sesión: consulta con tu escuela.',
  oidcRefusedLinkedElsewhere:
    'Tu cuenta de Wayfinder está vinculada a otro inicio de sesión. Usa ese, o inicia sesión con tu contraseña.',
  oidcRefusedDisabled: 'Esta cuenta está desactivada. Consulta con tu administrador.',
  oidcRefusedFailed: 'No se pudo completar el inicio de sesión con {provider}. Empieza de nuevo.',
  oidcRefusedSignInId:
    'Tu identificador de inicio de sesión de {provider} es {id}. Dáselo a tu administrador, que puede vincularlo a tu cuenta de Wayfinder.',
  oidcRefusedSomeProvider: 'El proveedor',
  signInOrPassword: 'O con el correo electrónico y la contraseña de Wayfinder',
  signInNoPassword:
    '¿Todavía no tienes contraseña o la olvidaste? Pide a la administración de tu distrito un enlace de un solo uso para crearla.',
  errorEmailRequired: 'Escribe tu correo electrónico.',
  errorEmailInvalid: 'Escribe un correo electrónico como nombre@ejemplo.org.',
  errorEmailTaken: 'Ya existe una cuenta con este correo electrónico.',
  errorPasswordRequired: 'Escribe tu contraseña.',
  errorCodeInvalid: 'Escribe los 6 dígitos del código.',
  errorWrongPassword: 'El correo electrónico o la contraseña no son correctos.',
  errorWrongCode:
    'El código no es correcto o ya se usó. Espera al siguiente código e inténtalo de nuevo.',
  errorWrongPasswordOrCode:
    'La contraseña o el código no son correctos (o el código ya se usó). Revisa ambos e inténtalo de nuevo.',
  errorLocked:
    'Demasiados intentos fallidos para este correo desde aquí: está bloqueado por un tiempo. Inténtalo más tarde o pide ayuda a la administración.',
  errorRateLimited:
    'Demasiados intentos de inicio de sesión. Espera un minuto e inténtalo de nuevo.',
  errorFormTitle: 'Hay un problema',

  setPasswordTitle: 'Crea tu contraseña',
  setPasswordIntro:
    'Elige la contraseña de tu cuenta de Wayfinder. Este enlace funciona una sola vez.',
  setPasswordNew: 'Contraseña nueva',
  setPasswordRepeat: 'Repite la contraseña nueva',
  setPasswordSubmit: 'Guardar la contraseña',
  setPasswordBusy: 'Guardando…',
  setPasswordDone: 'Tu contraseña está guardada. Ya puedes iniciar sesión.',
  setPasswordNoToken:
    'Esta dirección no contiene el código del enlace de un solo uso. Abre el enlace completo que recibiste o pide uno nuevo a la administración.',
  setPasswordBadLink:
    'Este enlace no es válido: ya se usó o caducó. Pide uno nuevo a la administración.',
  passwordHint:
    'Al menos 10 caracteres. Una frase de varias palabras sin relación entre sí es segura y fácil de recordar.',
  passwordStrength: 'Seguridad: {level}',
  strengthTooShort: 'demasiado corta',
  strengthWeak: 'baja',
  strengthFair: 'media',
  strengthStrong: 'alta',
  errorPasswordShort: 'La contraseña debe tener al menos 10 caracteres.',
  errorPasswordMismatch: 'Las dos contraseñas no coinciden.',

  accountTitle: 'Tu cuenta',
  accountSignInFirst: 'Inicia sesión para ver tu cuenta.',
  accountDetails: 'Tus datos',
  ownDataTitle: 'Tus registros',
  ownDataIntro:
    'Descarga una copia de todo lo que Wayfinder guarda sobre ti: tu registro escolar, tu historial académico, el crédito transferido, tu plan de aprendizaje con todas sus versiones y firmas, tus resultados de intereses, lo que guardaste y las notas de tus consejeros escolares sobre ti.',
  ownDataLink: 'Descargar mis registros (JSON)',
  accountName: 'Nombre',
  accountEmail: 'Correo electrónico',
  accountRole: 'Función',
  accountOrg: 'Organización',
  districtProgramsTitle: 'Programas de estudio de tu distrito',
  districtProgramsLoading: 'Cargando los programas de tu distrito…',
  districtProgramsNone: 'Tu distrito aún no tiene programas de estudio aprobados.',
  accountTotpDue:
    'Tu función permite leer expedientes de otros estudiantes, así que tu cuenta necesita un segundo factor. Configúralo abajo antes de continuar.',
  changePasswordTitle: 'Cambia tu contraseña',
  currentPassword: 'Contraseña actual',
  changePasswordSubmit: 'Cambiar la contraseña',
  changePasswordDone: 'Tu contraseña cambió. Se cerraron tus otras sesiones.',
  errorCurrentPassword: 'La contraseña actual no es correcta.',
  totpTitle: 'Segundo factor (aplicación de autenticación)',
  totpOn: 'Tu segundo factor está configurado. Se te pedirá un código cada vez que inicies sesión.',
  totpOff:
    'Un segundo factor protege tu cuenta aunque alguien conozca tu contraseña. Necesitas una aplicación de autenticación en tu teléfono.',
  totpStart: 'Configurar un segundo factor',
  totpSecret: 'Clave secreta (escríbela en tu aplicación de autenticación)',
  totpUri: 'Dirección de configuración (para aplicaciones que aceptan un enlace otpauth)',
  totpConfirmIntro:
    'Después escribe el código de 6 dígitos que muestra la aplicación para Wayfinder.',
  totpConfirm: 'Activar el segundo factor',
  totpDone: 'Tu segundo factor está activado.',
  errorTotpCode: 'El código no es correcto: revisa la hora de tu dispositivo e inténtalo de nuevo.',
  signOutEverywhereTitle: 'Cerrar sesión en todas partes',
  signOutEverywhereText:
    'Termina todas las sesiones de tu cuenta, en este dispositivo y en cualquier otro. Úsalo si iniciaste sesión en una computadora compartida o perdiste un dispositivo.',
  signOutEverywhere: 'Cerrar sesión en todas partes',
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
