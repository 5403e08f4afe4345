/** How organizations nest: state → districts → schools; colleges, universities and employers under the state. */
import { invalid } from '../errors.ts';
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
    if (parent) throw invalid('A state has no parent organization.', 'parent');
    return null;
  }
  if (!parent) throw invalid(`A ${kind} needs a parent ${wanted}.`, 'parent');
  if (parent.kind !== wanted)
    throw invalid(`A ${kind} belongs to a ${wanted}, not to a ${parent.kind}.`, 'parent');
  if (kind === 'district') return id;
  if (kind === 'school') return parent.id;
  return null;
}

/** Checks a role fits the organization a user is placed in. */
export function checkRoleOrg(role: Role, org: OrgRef): void {
  const kinds = ROLE_ORG_KIND[role];
  if (!kinds.includes(org.kind)) {
    throw invalid(
      `A ${role.replace('_', ' ')} belongs to a ${kinds.join(' or ')}, not to a ${org.kind}.`,
      'org',
    );
  }
}
