/** What a supervisor types to set up sync, and what a staff member types to sign in to the server. */
import { z } from 'zod';
import { STATION_CODE_PATTERN } from '../domain/reference';
import { serverOriginOf } from './server-origin';

/** CouchDB's rule for database names. */
export const DATABASE_NAME_PATTERN = /^[a-z][a-z0-9_$()+/-]*$/;

export const SyncSetupFormSchema = z.object({
  /** Typed as an address; stored as its origin. */
  server: z.string().transform((typed, context) => {
    const parsed = serverOriginOf(typed);
    if ('problem' in parsed) {
      context.addIssue({ code: 'custom', message: `sync.problems.${parsed.problem}` });
      return z.NEVER;
    }
    return parsed.origin;
  }),
  database: z.string().trim().max(238).regex(DATABASE_NAME_PATTERN, { error: 'sync.problems.database' }),
  stationCode: z.string().trim().toUpperCase().regex(STATION_CODE_PATTERN, { error: 'sync.problems.stationCode' }),
});
export type SyncSetupForm = z.output<typeof SyncSetupFormSchema>;

export const ServerSignInFormSchema = z.object({
  account: z.string().trim().min(1, { error: 'sync.problems.account' }).max(200),
  password: z.string().min(1, { error: 'sync.problems.password' }).max(1000),
});
export type ServerSignInForm = z.output<typeof ServerSignInFormSchema>;
