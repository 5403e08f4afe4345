/**
 * The set the what-if page's list shows as chosen: the one the server checked against (an old id
 * in the address, such as `uc-csu-a-g`, answers as the set that took its place, `uc-a-g`), else
 * the one the address names, else the first the list offers.
 */
export function whatIfChoice(
  offered: ReadonlyArray<{ id: string }>,
  fromAddress: string | null,
  checkedAgainst: string | undefined,
): string {
  const known = (id: string | null | undefined): id is string =>
    id !== null && id !== undefined && offered.some((s) => s.id === id);
  if (known(checkedAgainst)) return checkedAgainst;
  if (known(fromAddress)) return fromAddress;
  return offered[0]?.id ?? '';
}
