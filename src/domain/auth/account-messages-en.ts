/**
 * The refusals of accounts, sign-in and the two-person rules, in English: the text the API, the
 * logs and the command line give an English reader. Spanish beside it (account-messages-es.ts);
 * account-refusal.ts makes the errors carrying both.
 */

/** A role as a noun: the role's code, read. */
const ROLE =
  '{role, select, state_admin {state admin} district_admin {district admin} school_admin {school admin} college_staff {college staff} employer_partner {employer partner} other {{role}}}';
/** An organization kind, or two of them (`school-district`), as a noun. */
const kindOf = (name: string) =>
  `{${name}, select, school-district {school or district} college-university {college or university} other {{${name}}}}`;

/** Why an approver is not a second person (approver-independence.ts). */
export const DEPENDENCE_EN =
  "{reason, select, self {You cannot approve your own request: another admin must.} same_identity {Your account shares the requester's sign-in identity (the same mailbox or school sign-in): another admin must approve.} created_by_requester {Your account was created (or given its role) by the requester, or through accounts they created, too recently to count as a second person: another admin must approve.} other {You created the requester's account (or gave it its role) too recently to count as a second person: another admin must approve.}}";

export const accountMessagesEn = {
  // Authorization and sign-in.
  notAllowed: 'You may not {action} this record.',
  signInFirst: 'Sign in first.',
  roleMayNot: 'Your role may not do this.',
  secondFactorFirst: 'Set up your second factor (authenticator app) before you go on.',
  csrfMissing: 'Missing or wrong {header} header: send the csrfToken you got at sign-in.',
  crossSite: 'Cross-site request refused.',
  signInWrong: 'Email or password is wrong.',
  codeNeeded: 'Enter the 6-digit code from your authenticator app.',
  signInWrongWithCode: 'The password or the code is wrong.',
  signInLocked:
    'Too many failed sign-ins for this email from your address: it is locked for a while. Try again later, or ask an admin to reset your password.',
  signInRateLimited: 'Too many sign-in attempts from your address. Wait a minute and try again.',
  currentPasswordWrong: 'The current password is wrong.',
  linkInvalid:
    'This link is not valid: it was already used or has expired. Ask an admin for a new one.',
  // Second factor.
  accountGone: 'Your account no longer exists.',
  totpAlreadySet: 'A second factor is already set up. Ask an admin to reset it.',
  totpStartFirst: 'Start setting up a second factor first.',
  totpWrongCheckTime: 'The code is wrong: check the time on your device and try again.',
  totpNotSet: 'No second factor is set up: set one up first.',
  totpLocked: 'Too many failed attempts: try again later.',
  totpWrongOrUsed: 'The code is wrong or was already used.',
  // Provider sign-in.
  noProvider: 'No sign-in provider is called {id}.',
  oidcExpired:
    'The sign-in with {provider} has expired or was started in another browser: start again.',
  oidcNoSubject:
    '{provider} did not send the "{claim}" claim that identifies you. Ask your administrator.',
  oidcUnverifiable:
    'The sign-in with {provider} could not be verified ({reason}). Start again from the sign-in page.',
  oidcNoEmail:
    '{provider} did not share an email address, and no Wayfinder account is linked to this {provider} account. Ask your administrator.',
  oidcUnverifiedEmail:
    '{provider} has not verified the email {email}, so it cannot be used to sign in. Verify it with {provider}, or sign in with your password.',
  oidcUnknownEmail:
    'No Wayfinder account uses the email {email}. Ask your administrator to create one; accounts are not created at sign-in.',
  oidcLinkedElsewhere:
    'Your Wayfinder account is linked to another sign-in identity. Sign in with that one, or ask your administrator.',
  oidcRetry: 'Sign-in failed: try again.',
  oidcDisabled: 'This account is disabled. Ask your administrator.',
  oidcLinkHint:
    ' Your {provider} sign-in id is {subject}: an administrator can link it to your Wayfinder account.',
  issuerUrl: 'The issuer must be the provider’s issuer URL, such as https://accounts.google.com.',
  subjectId: 'The subject must be the provider’s id of the person, without spaces.',
  identityTaken:
    'That identity is already linked to another account ({email}). Remove it there first.',
  accountLinked: '{email} is already linked to another sign-in identity. Remove that link first.',
  // Users and organizations.
  noUserEmail: 'No user has the email {email}.',
  noOrgId: 'No organization has the id {id}.',
  orgExists: 'An organization with the id {id} already exists.',
  stateNoParent: 'A state has no parent organization.',
  needsParent: `A ${kindOf('kind')} needs a parent ${kindOf('wanted')}.`,
  wrongParent: `A ${kindOf('kind')} belongs to a ${kindOf('wanted')}, not to a ${kindOf('parent')}.`,
  roleOrg: `A ${ROLE} belongs to a ${kindOf('wanted')}, not to a ${kindOf('kind')}.`,
  nameEmpty: 'The name is empty.',
  nameProblem: 'The name {problem}.',
  emailTaken: 'A user with the email {email} already exists.',
  studentSchool: 'A student belongs to a school.',
  nameOnlyStudent:
    'Only a student has a {part, select, given {given} other {family}} name on record.',
  namePartProblem: 'The {part, select, given {given} other {family}} name {problem}.',
  secondAdmin: `A new district admin needs the state admin or a second district admin to enable it. ${DEPENDENCE_EN}`,
  accountDisabled: 'The account {email} is disabled.',
  // Links between students and the adults who follow them.
  noStudentEmail: 'No student has the email {email}.',
  noStudentId: 'No student has the id {id}.',
  noRoleEmail: `No ${ROLE} has the email {email}.`,
  sameDistrict: `The ${ROLE} and the student must be in the same district.`,
  counselorSchool:
    'A counselor’s caseload is in their own school or the further schools they serve.',
  furtherSchoolDistrict:
    'Further schools (schools): {school} is not a school of the counselor’s district.',
  furtherSchoolCounselor: 'Further schools (schools) are for a counselor; {email} is not one.',
  // Bulk exports of student records.
  exportOverCap:
    'This export of {count} student records would pass your limit of {cap} per 24 hours ({used} exported so far). It is waiting for approval as export {id}: ask another admin of {district, select, none {the state} other {district {district}}} (or a state admin) to approve it (`wayfinder students approve-export {id} --as THEIR_EMAIL`, or POST /api/v1/students/exports/{id}/approve), then export again with the approval {id} (`--approval {id}`).',
  exportNotYours: 'You have no export {id} waiting to run.',
  exportAwaiting: "Export {id} is still waiting for another admin's approval.",
  exportUsed: 'Export {id} has already run; an approval lets an export run once.',
  noExportId: 'No export has the id {id}.',
  exportApprover:
    'Only another admin of {district, select, none {the state} other {district {district}}} or a state admin may approve export {id}.',
  exportDependence: DEPENDENCE_EN,
  exportNotPending:
    'Export {id} is not waiting for approval (it is {status, select, other {{status}}}).',
} as const;

export type AccountMessage = keyof typeof accountMessagesEn;
