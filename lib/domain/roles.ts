export const ROLES = ["ADMIN", "COORDINATOR", "CONTRIBUTOR", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Administrator",
  COORDINATOR: "Coordinator",
  CONTRIBUTOR: "Contributor",
  VIEWER: "Viewer",
};
