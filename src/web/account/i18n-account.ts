/**
 * The UI texts of account settings (setting a password and its strength, the account page, the
 * second factor, signing out everywhere), in English and Spanish, with those of signing in
 * (i18n-sign-in.ts) and those the admin pages share (i18n-users.ts); i18n.ts merges them into the
 * one dictionary per language.
 */
import { signInEn, signInEs } from './i18n-sign-in.ts';
import { usersEn, usersEs } from './i18n-users.ts';

export const accountEn = {
  ...signInEn,
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
  ...usersEn,
};

type AccountMessages = Record<keyof typeof accountEn, string>;

export const accountEs: AccountMessages = {
  ...signInEs,
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
  ...usersEs,
};
