/** The Russian catalogue, assembled like ./en.ts from one file per screen or shared area (ru/*.ts). */
import { shell } from './ru/shell';
import { firstRun } from './ru/first-run';
import { signIn } from './ru/sign-in';
import { session } from './ru/session';
import { newCase } from './ru/new-case';
import { profiles } from './ru/profiles';
import { settings } from './ru/settings';
import { accessLog } from './ru/access-log';
import { dashboard } from './ru/dashboard';
import { closure } from './ru/closure';
import { reassign } from './ru/reassign';
import { caseList } from './ru/case-list';
import { groups } from './ru/groups';
import { casePage } from './ru/case-page';
import { statusChange } from './ru/status-change';
import { caseRecords } from './ru/case-records';
import { reports } from './ru/reports';
import { exchange } from './ru/exchange';
import { sync } from './ru/sync';
import { fields } from './ru/fields';
import { validation } from './ru/common/validation';
import { dates } from './ru/common/dates';
import { errors } from './ru/common/errors';
import { taxonomy } from './ru/common/taxonomy';
import type { Messages } from './en';
import type { Translation } from './translation';

export const ru = {
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
} satisfies Translation<Messages, 'ru'>;
