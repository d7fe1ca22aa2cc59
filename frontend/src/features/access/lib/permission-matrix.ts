/**
 * The permission matrix of a role: the catalogue grouped by module, grants as "permission in a
 * scope" (global, or within one department: domain.md §2), what a wildcard or a global grant
 * already implies, and the before/after summary shown before saving.
 */

export interface CatalogueEntry {
  code: string;
  module: string;
  description: string | null;
}

export interface GrantPair {
  permission: string;
  department: string | null;
}

/** A department (GET /api/v1/employees/departments): a scope a grant can be limited to. */
export interface Department {
  code: string;
  name: string;
}

/** Columns of the matrix: null = global (wherever the role is held), then each department. */
export function scopesOf(departments: readonly Department[]): (string | null)[] {
  return [null, ...departments.map((d) => d.code)];
}

export const WILDCARD_ALL = "*";

export function scopeLabel(department: string | null, departments: readonly Department[]): string {
  if (department === null) return "Global";
  return departments.find((d) => d.code === department)?.name ?? department;
}

export const grantKey = (permission: string, department: string | null) => `${permission}@${department ?? ""}`;

export function toKeySet(grants: readonly GrantPair[]): Set<string> {
  return new Set(grants.map((g) => grantKey(g.permission, g.department)));
}

export function fromKeySet(keys: Iterable<string>): GrantPair[] {
  return [...keys]
    .map((key) => {
      const at = key.lastIndexOf("@");
      const department = key.slice(at + 1);
      return { permission: key.slice(0, at), department: department === "" ? null : department };
    })
    .sort((a, b) => a.permission.localeCompare(b.permission) || (a.department ?? "").localeCompare(b.department ?? ""));
}

export interface PermissionGroup {
  module: string;
  /** Spanish name of the module, from its wildcard's description ("Todos los permisos de grúas"). */
  label: string;
  wildcard: CatalogueEntry | undefined;
  items: CatalogueEntry[];
}

const WILDCARD_PREFIX = "Todos los permisos de ";

function moduleLabel(module: string, wildcard: CatalogueEntry | undefined): string {
  const text = wildcard?.description?.startsWith(WILDCARD_PREFIX) ? wildcard.description.slice(WILDCARD_PREFIX.length) : module;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The catalogue by module (sorted by their Spanish names); `*` apart. */
export function groupCatalogue(catalogue: readonly CatalogueEntry[]): { all: CatalogueEntry | undefined; groups: PermissionGroup[] } {
  const byModule = new Map<string, CatalogueEntry[]>();
  let all: CatalogueEntry | undefined;
  for (const entry of catalogue) {
    if (entry.code === WILDCARD_ALL) {
      all = entry;
      continue;
    }
    const list = byModule.get(entry.module) ?? [];
    list.push(entry);
    byModule.set(entry.module, list);
  }
  const groups = [...byModule.entries()].map(([module, entries]) => {
    const wildcard = entries.find((e) => e.code === `${module}.*`);
    return { module, label: moduleLabel(module, wildcard), wildcard, items: entries.filter((e) => e !== wildcard) };
  });
  groups.sort((a, b) => a.label.localeCompare(b.label, "es"));
  return { all, groups };
}

/**
 * The grant that already gives `permission` in `department` (other than itself), or null: a global
 * grant reaches every department; `module.*` and `*` reach every action.
 */
export function impliedBy(keys: ReadonlySet<string>, permission: string, department: string | null): GrantPair | null {
  const module = permission.includes(".") ? permission.slice(0, permission.indexOf(".")) : null;
  const candidates: GrantPair[] = [];
  if (department !== null) candidates.push({ permission, department: null });
  if (module && permission !== `${module}.*`) {
    candidates.push({ permission: `${module}.*`, department });
    if (department !== null) candidates.push({ permission: `${module}.*`, department: null });
  }
  if (permission !== WILDCARD_ALL) {
    candidates.push({ permission: WILDCARD_ALL, department });
    if (department !== null) candidates.push({ permission: WILDCARD_ALL, department: null });
  }
  return candidates.find((c) => keys.has(grantKey(c.permission, c.department))) ?? null;
}

export function diffGrants(before: readonly GrantPair[], after: readonly GrantPair[]): { added: GrantPair[]; removed: GrantPair[] } {
  const b = toKeySet(before);
  const a = toKeySet(after);
  return {
    added: fromKeySet([...a].filter((k) => !b.has(k))),
    removed: fromKeySet([...b].filter((k) => !a.has(k))),
  };
}

/** "Ver pólizas (Cobranza)" */
export function describeGrant(grant: GrantPair, catalogue: readonly CatalogueEntry[], departments: readonly Department[]): string {
  const entry = catalogue.find((e) => e.code === grant.permission);
  const name = entry?.description ?? grant.permission;
  return `${name} (${grant.department === null ? "global" : scopeLabel(grant.department, departments)})`;
}
