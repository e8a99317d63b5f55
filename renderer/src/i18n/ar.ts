/** The Arabic catalogue, assembled like ./en.ts from one file per screen or shared area (ar/*.ts). */
import { shell } from './ar/shell';
import { firstRun } from './ar/first-run';
import { signIn } from './ar/sign-in';
import { session } from './ar/session';
import { newCase } from './ar/new-case';
import { profiles } from './ar/profiles';
import { settings } from './ar/settings';
import { accessLog } from './ar/access-log';
import { dashboard } from './ar/dashboard';
import { closure } from './ar/closure';
import { reassign } from './ar/reassign';
import { caseList } from './ar/case-list';
import { groups } from './ar/groups';
import { casePage } from './ar/case-page';
import { statusChange } from './ar/status-change';
import { caseRecords } from './ar/case-records';
import { reports } from './ar/reports';
import { exchange } from './ar/exchange';
import { sync } from './ar/sync';
import { fields } from './ar/fields';
import { validation } from './ar/common/validation';
import { dates } from './ar/common/dates';
import { errors } from './ar/common/errors';
import { taxonomy } from './ar/common/taxonomy';
import type { Messages } from './en';
import type { Translation } from './translation';

export const ar = {
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
} satisfies Translation<Messages, 'ar'>;
