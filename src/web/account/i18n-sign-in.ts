/**
 * The UI texts of signing in, in English and Spanish: the header's account links, the sign-in
 * form and its one-time code step, school sign-in (OpenID Connect) and why it was refused, and
 * the sign-in form's errors. i18n-account.ts gathers them with the account pages' own.
 */
export const signInEn = {
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
};

export const signInEs: Record<keyof typeof signInEn, string> = {
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
};
