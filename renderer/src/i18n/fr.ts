/** The French catalogue, assembled like ./en.ts from one file per screen or shared area (fr/*.ts). */
import { shell } from './fr/shell';
import { firstRun } from './fr/first-run';
import { signIn } from './fr/sign-in';
import { session } from './fr/session';
import { newCase } from './fr/new-case';
import { profiles } from './fr/profiles';
import { settings } from './fr/settings';
import { accessLog } from './fr/access-log';
import { dashboard } from './fr/dashboard';
import { closure } from './fr/closure';
import { reassign } from './fr/reassign';
import { caseList } from './fr/case-list';
import { groups } from './fr/groups';
import { casePage } from './fr/case-page';
import { statusChange } from './fr/status-change';
import { caseRecords } from './fr/case-records';
import { reports } from './fr/reports';
import { exchange } from './fr/exchange';
import { sync } from './fr/sync';
import { fields } from './fr/fields';
import { validation } from './fr/common/validation';
import { dates } from './fr/common/dates';
import { errors } from './fr/common/errors';
import { taxonomy } from './fr/common/taxonomy';
import type { Messages } from './en';
import type { Translation } from './translation';

export const fr = {
  ...shell,
  ...firstRun,
  ...signIn,
  ...session,
  ...newCase,
  ...profiles,
  ...settings,
  ...accessLog,
  ...dashboard,
  ...closure,
  ...reassign,
  ...caseList,
  ...groups,
  ...casePage,
  ...statusChange,
  ...caseRecords,
  ...reports,
  ...exchange,
  ...sync,
  ...fields,
  ...validation,
  ...dates,
  ...errors,
  ...taxonomy,
} satisfies Translation<Messages, 'fr'>;
