/**
 * The problems of a JSON file an author writes (program files, requirement sets: json-file.ts,
 * program-file.ts) that are not the schema's, in English and Spanish, in the message syntax of
 * domain/i18n/message.ts. Schema problems are told by contracts/schema-issue-text.ts.
 */
export const jsonFileMessagesEn = {
  cannot_read:
    'cannot read the file: {reason, select, missing {no such file} folder {it is a folder} other {{error}}}',
};

export const jsonFileMessagesEs: Record<keyof typeof jsonFileMessagesEn, string> = {
  cannot_read:
    'no se puede leer el archivo: {reason, select, missing {no existe} folder {es una carpeta} other {{error}}}',
};
