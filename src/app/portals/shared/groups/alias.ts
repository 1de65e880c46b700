/** Characters Graph refuses in a mailNickname (besides spaces and anything outside ASCII). */
const NOT_IN_ALIAS = /[^\x21-\x7e]|[@()\\[\]";:.<>,]/g;

/** The alias both portals propose from a group's name: "Sales & Marketing" → "Sales&Marketing". */
export function aliasFromName(name: string): string {
  return name.replace(NOT_IN_ALIAS, '').slice(0, 64);
}
