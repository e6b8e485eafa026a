import "server-only";
// Where people get help, for every footer and the accessibility statement:
// the contact the admin sets on /admin/authority, else LANTERN_HELP_EMAIL
// (so a new installation names someone from its first day), else nothing,
// and the footer and statement say in words whom to ask.
import { settings } from "@/lib/config/env";
import { helpContactLink } from "@/lib/settings";

export function helpContactFor(authorityContact: string | null | undefined): { href: string; text: string } | null {
  return helpContactLink(authorityContact) ?? helpContactLink(settings().LANTERN_HELP_EMAIL);
}
