/** The signed-in user as far as permissions go (the API's MeOut carries these two). */
export interface PermissionHolder {
  is_admin: boolean;
  permissions: readonly string[];
}

/**
 * `/auth/me` lists the *effective* permissions (wildcards already expanded, overrides applied),
 * so a check is a lookup. It only decides what the UI shows: the API authorizes every call.
 */
export function can(user: PermissionHolder | null | undefined, permission: string): boolean {
  if (!user) return false;
  return user.is_admin || user.permissions.includes(permission);
}

/** True when the user holds at least one of `permissions`; an empty list means "any user". */
export function canAny(user: PermissionHolder | null | undefined, permissions: readonly string[]): boolean {
  if (!user) return false;
  return permissions.length === 0 || permissions.some((p) => can(user, p));
}
