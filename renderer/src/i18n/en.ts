/**
 * The English message catalogue, assembled from one file per screen or shared
 * area (en/*.ts). Keys are namespaced by their top-level object, so a file can
 * move without any `t()` call changing. Taxonomy labels come from
 * shared/taxonomy.ts (their single source); every other user-facing string is here.
 */
import { shell } from './en/shell';
import { firstRun } from './en/first-run';
import { signIn } from './en/sign-in';
import { session } from './en/session';
import { newCase } from './en/new-case';
import { profiles } from './en/profiles';
import { settings } from './en/settings';
import { accessLog } from './en/access-log';
import { dashboard } from './en/dashboard';
import { closure } from './en/closure';
import { reassign } from './en/reassign';
import { caseList } from './en/case-list';
import { groups } from './en/groups';
import { casePage } from './en/case-page';
import { statusChange } from './en/status-change';
import { caseRecords } from './en/case-records';
import { reports } from './en/reports';
import { exchange } from './en/exchange';
import { sync } from './en/sync';
import { validation } from './en/common/validation';
import { dates } from './en/common/dates';
import { errors } from './en/common/errors';
import { taxonomy } from './en/common/taxonomy';
import { fields } from './en/fields';

export const en = {
  ...fields,
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
  ...validation,
  ...dates,
  ...errors,
  ...taxonomy,
};

export type Messages = typeof en;
