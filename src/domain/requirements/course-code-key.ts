/**
 * A course code as compared with another: without case, and without the space, dash, dot or
 * underscore a registrar may write between a course's letter prefix and its number, so "ENGL-101",
 * "ENGL 101", "engl101" and "ENGL_101" are one course. Separators between digits stay
 * ("413-520", a numeric subject and its number; "110.1"), and so does the space inside a two-word
 * prefix ("COM SCI 1" → "COM SCI1").
 */
export const courseCodeKey = (code: string): string =>
  code
    .trim()
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/([A-Z&])[\s._-]+(?=\d)/g, '$1');
