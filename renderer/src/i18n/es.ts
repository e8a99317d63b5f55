/** The Spanish catalogue, assembled like ./en.ts from one file per screen or shared area (es/*.ts). */
import { shell } from './es/shell';
import { firstRun } from './es/first-run';
import { signIn } from './es/sign-in';
import { session } from './es/session';
import { newCase } from './es/new-case';
import { profiles } from './es/profiles';
import { settings } from './es/settings';
import { accessLog } from './es/access-log';
import { dashboard } from './es/dashboard';
import { closure } from './es/closure';
import { reassign } from './es/reassign';
import { caseList } from './es/case-list';
import { groups } from './es/groups';
import { casePage } from './es/case-page';
import { statusChange } from './es/status-change';
import { caseRecords } from './es/case-records';
import { reports } from './es/reports';
import { exchange } from './es/exchange';
import { sync } from './es/sync';
import { fields } from './es/fields';
import { validation } from './es/common/validation';
import { dates } from './es/common/dates';
import { errors } from './es/common/errors';
import { taxonomy } from './es/common/taxonomy';
import type { Messages } from './en';
import type { Translation } from './translation';

export const es = {
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
} satisfies Translation<Messages, 'es'>;
