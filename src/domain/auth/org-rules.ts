/** How organizations nest: state → districts → schools; colleges, universities and employers under the state. */
import { accountRefusal } from './account-refusal.ts';
import { ROLE_ORG_KIND, type OrgKind, type Role } from './roles.ts';

export interface OrgRef {
  id: string;
  kind: OrgKind;
  /** The district this organization is, or belongs to; none above or beside districts. */
  districtId: string | null;
}

const PARENT_KIND: Record<OrgKind, OrgKind | null> = {
  state: null,
  district: 'state',
  school: 'district',
  college: 'state',
  university: 'state',
  employer: 'state',
};

/** Checks the parent of a new organization and returns the district it belongs to. */
export function placeOrg(kind: OrgKind, id: string, parent: OrgRef | undefined): string | null {
  const wanted = PARENT_KIND[kind];
  if (wanted === null) {
    if (parent) throw accountRefusal('invalid', 'stateNoParent', {}, 'parent');
    return null;
  }
  if (!parent) throw accountRefusal('invalid', 'needsParent', { kind, wanted }, 'parent');
  if (parent.kind !== wanted)
    throw accountRefusal('invalid', 'wrongParent', { kind, wanted, parent: parent.kind }, 'parent');
  if (kind === 'district') return id;
  if (kind === 'school') return parent.id;
  return null;
}

/** Checks a role fits the organization a user is placed in. */
export function checkRoleOrg(role: Role, org: OrgRef): void {
  const kinds = ROLE_ORG_KIND[role];
  if (!kinds.includes(org.kind)) {
    const wanted = kinds.join('-');
    throw accountRefusal('invalid', 'roleOrg', { role, wanted, kind: org.kind }, 'org');
  }
}
