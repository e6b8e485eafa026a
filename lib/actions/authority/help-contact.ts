import "server-only";
// The help contact every page's footer shows (components/site-footer.tsx) and
// the accessibility statement names: an email address or an https address,
// set on /admin/authority. Empty: no help link.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authorities } from "@/db/schema";
import { requireAuthority } from "@/lib/queries/authority";
import { helpContactLink } from "@/lib/settings";
import { defineAction } from "../define-action";

const BAD_CONTACT = "Give an email address (e.g. performance@council.gov.uk) or a web address starting https://";

export const updateHelpContact = defineAction({
  permission: "settings.manage",
  input: z.object({
    helpContact: z
      .string({ error: BAD_CONTACT })
      .trim()
      .max(300, "Use at most 300 characters for the help contact")
      .refine((v) => v === "" || helpContactLink(v) !== null, BAD_CONTACT)
      .transform((v) => v || null),
  }),
  load: async () => ({ resource: {}, loaded: null }),
  handler: async ({ tx, input }) => {
    const authority = await requireAuthority({ db: tx });
    const before = authority.settings.helpContact ?? null;
    await tx.update(authorities).set({ settings: { ...authority.settings, helpContact: input.helpContact } }).where(eq(authorities.id, authority.id));
    return {
      data: { impact: [input.helpContact ? `Every page's footer now says where to get help: ${input.helpContact}.` : "The footer no longer shows a help contact."] },
      audit: [
        {
          action: "authority.help_contact",
          entityType: "authority",
          entityId: String(authority.id),
          summary: input.helpContact ? `Set the help contact to ${input.helpContact}` : "Removed the help contact",
          before: { helpContact: before },
          after: { helpContact: input.helpContact },
        },
      ],
    };
  },
});
