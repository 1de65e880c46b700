/** What both portals' role pickers say about groups. */
export const ROLE_ASSIGNABLE_ONLY =
  'Only groups created with "Microsoft Entra roles can be assigned to the group" turned on can be given a role, so only those are listed.';
