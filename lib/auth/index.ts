import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";

class LockedAccount extends CredentialsSignin {
  code = "locked";
}
class WrongCredentials extends CredentialsSignin {
  code = "invalid";
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new WrongCredentials();
        const result = await checkCredentials({ db: await getDb(), ...parsed.data });
        if (!result.ok) throw result.code === "locked" ? new LockedAccount() : new WrongCredentials();
        return { id: result.userId };
      },
    }),
  ],
});
