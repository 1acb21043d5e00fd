export const ROLES = ["ADMIN", "COORDINATOR", "CONTRIBUTOR", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Administrator",
  COORDINATOR: "Coordinator",
  CONTRIBUTOR: "Contributor",
  VIEWER: "Viewer",
};

/** Who may open the user administration pages, and who may read the audit log. */
export const USER_ADMIN_ROLES: readonly Role[] = ["ADMIN"];
export const AUDIT_READER_ROLES: readonly Role[] = ["ADMIN", "COORDINATOR"];
/** Every role: for what each user does for themselves (their password, their tokens). */
export const ALL_ROLES: readonly Role[] = ROLES;
