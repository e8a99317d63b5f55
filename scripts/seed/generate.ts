/**
 * A deterministic, realistic data set for trying the app, for tests and for
 * the benchmark: staff, workstation settings, groups, and cases with contact
 * logs and follow-ups. The same seed and day give the same records, in Node
 * and in the browser.
 *
 * Every record satisfies the shared schemas, and each case's derived values
 * are computed by the same domain rules the data layer uses.
 */
import { deriveCaseFields, earliestOpenDue, type CaseCore } from '../../shared/domain/case-derived';
import { deriveContactState, isSuccessfulContact } from '../../shared/domain/contact-status';
import { formatReference } from '../../shared/domain/reference';
import type { Case, Recruitment, ReportedBy, Step, Whereabouts } from '../../shared/schemas/case';
import type { ContactEntry } from '../../shared/schemas/contact';
import type { FollowUp } from '../../shared/schemas/follow-up';
import type { Group } from '../../shared/schemas/group';
import type { RecordMeta } from '../../shared/schemas/primitives';
import { DEFAULT_CONTACT_LOST_DAYS, DEFAULT_IDLE_LOCK_MINUTES, type WorkstationSettings } from '../../shared/schemas/settings';
import type { Staff } from '../../shared/schemas/staff';
import {
  RepatriationStep,
  type CaseStatusCode,
  type ClosureReasonCode,
  type ContactOutcomeCode,
  type ContactWithCode,
  type CurrentSituationCode,
  type RecruitmentMethodCode,
  type StepStateCode,
} from '../../shared/taxonomy';
import { generateName, latinVariant, type GeneratedName } from './names';
import { NATIONALITIES, passportNumber, phoneNumber, type Community, type Nationality, type Region } from './nationalities';
import { createRandom, type Random } from './random';
import {
  CASE_NOTES,
  CONTACT_SUMMARIES,
  FOLLOW_UP_TITLES,
  GROUP_CONTEXTS,
  MILITARY_UNITS,
  PLACES,
  PROMISED_JOBS,
  RECRUITERS,
  RELATIONSHIPS,
  TRAINING_LENGTHS,
} from './texts';

export interface SeedOptions {
  seed: number;
  /** The day the data is made for (`YYYY-MM-DD`): every event lies before it, open follow-ups fall due around it. */
  today: string;
  workstation?: Pick<WorkstationSettings, 'issuingCountry' | 'postCode'>;
  /** Only cases in these statuses (all by default): an intake file, for one, opens cases in the early statuses only. */
  statuses?: readonly CaseStatusCode[];
}

export interface SeedCase {
  case: Case;
  contacts: ContactEntry[];
  followUps: FollowUp[];
}

export interface SeedWorkstation {
  settings: WorkstationSettings;
  /** Officers first, the supervisor last. */
  staff: Staff[];
  groups: Group[];
}

export interface SeedDataset extends SeedWorkstation {
  cases: SeedCase[];
}

type Weighted<T> = readonly (readonly [T, number])[];

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The data covers this many days before `today`. */
const SPAN_DAYS = 3 * 365;

const OFFICERS = ['Thandi Nkosi', 'Pieter Botha', 'Lerato Mokoena', 'Johan Meyer'];
const SUPERVISOR = 'Naledi Dube';

const STATUS_WEIGHTS: Weighted<CaseStatusCode> = [
  ['reported', 18], ['verifying', 14], ['locating', 20], ['in_contact', 20], ['repatriation', 8], ['returned', 6], ['closed', 14],
];
const CLOSURE_WEIGHTS: Weighted<ClosureReasonCode> = [
  ['returned_settled', 30], ['declined_assistance', 15], ['deceased', 15], ['duplicate', 15], ['referred_elsewhere', 25],
];
const SITUATIONS: Readonly<Record<Exclude<CaseStatusCode, 'closed'>, Weighted<CurrentSituationCode>>> = {
  reported: [['unknown', 40], ['in_training', 20], ['deployed', 30], ['injured', 5], ['reported_dead', 5]],
  verifying: [['unknown', 30], ['in_training', 15], ['deployed', 35], ['injured', 8], ['detained', 4], ['reported_dead', 8]],
  locating: [['unknown', 35], ['deployed', 30], ['injured', 10], ['detained', 8], ['prisoner_of_war', 10], ['reported_dead', 7]],
  in_contact: [['in_training', 15], ['deployed', 40], ['injured', 20], ['detained', 8], ['prisoner_of_war', 12], ['escaped', 5]],
  repatriation: [['injured', 15], ['detained', 15], ['prisoner_of_war', 35], ['escaped', 35]],
  returned: [['returned_home', 1]],
};
const CLOSED_SITUATIONS: Readonly<Record<ClosureReasonCode, Weighted<CurrentSituationCode>>> = {
  returned_settled: [['returned_home', 1]],
  declined_assistance: [['deployed', 70], ['in_training', 30]],
  deceased: [['confirmed_dead', 1]],
  duplicate: SITUATIONS.reported,
  referred_elsewhere: [['escaped', 30], ['prisoner_of_war', 30], ['detained', 20], ['unknown', 20]],
};

/** Mean length of the contact log by status: about five entries a case overall. */
const CONTACT_MEAN: Readonly<Record<CaseStatusCode, number>> = {
  reported: 1, verifying: 3, locating: 5, in_contact: 7, repatriation: 9, returned: 10, closed: 6,
};
/** Share of entries that are a successful contact (proof of life, or the citizen reached). */
const SUCCESS_SHARE: Readonly<Record<CaseStatusCode, number>> = {
  reported: 0, verifying: 0.05, locating: 0.05, in_contact: 0.45, repatriation: 0.5, returned: 0.55, closed: 0.25,
};
const MAX_LOG = 20;

const METHODS: Readonly<Record<Region, Weighted<RecruitmentMethodCode>>> = {
  central_asia: [['threat_of_deportation', 30], ['promise_of_status', 25], ['cash_inducement', 25], ['threat_of_citizenship_revocation', 8], ['false_job_offer', 12], ['documents_withheld', 8], ['voluntary', 6], ['unknown', 5]],
  south_asia: [['false_job_offer', 40], ['recruitment_debt', 25], ['misrepresented_contract', 25], ['documents_withheld', 15], ['cash_inducement', 10], ['threats_to_family', 3], ['voluntary', 4], ['unknown', 5]],
  africa: [['false_job_offer', 45], ['misrepresented_contract', 25], ['documents_withheld', 15], ['cash_inducement', 12], ['promise_of_status', 6], ['voluntary', 3], ['unknown', 5]],
  caribbean: [['false_job_offer', 35], ['promise_of_status', 30], ['cash_inducement', 25], ['misrepresented_contract', 15], ['voluntary', 5], ['unknown', 4]],
  middle_east: [['cash_inducement', 40], ['false_job_offer', 20], ['recruitment_debt', 10], ['promise_of_status', 10], ['voluntary', 12], ['unknown', 6]],
  europe: [['cash_inducement', 35], ['voluntary', 30], ['false_job_offer', 15], ['recruitment_debt', 10], ['unknown', 10]],
};
const CHANNELS: Readonly<Record<Region, Weighted<Recruitment['channel']>>> = {
  central_asia: [['workplace_abroad', 40], ['messenger_channel', 25], ['recruitment_agent', 15], ['friend_or_family', 10], [null, 5], ['unknown', 5]],
  south_asia: [['recruitment_agent', 45], ['online_job_advert', 20], ['social_network_post', 20], ['friend_or_family', 8], [null, 4], ['other', 3]],
  africa: [['social_network_post', 35], ['online_job_advert', 25], ['recruitment_agent', 25], ['friend_or_family', 8], [null, 4], ['unknown', 3]],
  caribbean: [['social_network_post', 45], ['messenger_channel', 25], ['friend_or_family', 15], ['recruitment_agent', 10], [null, 5]],
  middle_east: [['recruitment_agent', 50], ['messenger_channel', 20], ['friend_or_family', 20], [null, 10]],
  europe: [['messenger_channel', 35], ['social_network_post', 30], ['friend_or_family', 20], [null, 15]],
};
const PLATFORMS: Readonly<Record<Region, Weighted<Recruitment['platform']>>> = {
  central_asia: [['telegram', 60], ['vkontakte', 30], ['whatsapp', 10]],
  south_asia: [['tiktok', 30], ['facebook', 25], ['instagram', 20], ['whatsapp', 20], ['other', 5]],
  africa: [['tiktok', 35], ['facebook', 30], ['whatsapp', 20], ['instagram', 10], ['telegram', 5]],
  caribbean: [['facebook', 55], ['whatsapp', 35], ['telegram', 10]],
  middle_east: [['telegram', 40], ['whatsapp', 40], ['facebook', 20]],
  europe: [['telegram', 50], ['vkontakte', 30], ['other', 20]],
};
const CONTACT_CHANNELS: Weighted<ContactEntry['channel']> = [
  ['phone', 20], ['whatsapp', 22], ['telegram', 14], ['signal', 2], ['email', 3], ['in_person', 2], ['via_family', 14], ['via_icrc', 6],
  ['via_coordination_hq', 7], ['via_host_authorities', 8], ['other', 2],
];
/** Central Asian families and recruits use Telegram more than anyone. */
const CENTRAL_ASIAN_CONTACT_CHANNELS = CONTACT_CHANNELS.map(([c, w]) => [c, c === 'telegram' ? w * 2 : w] as const);
const NATIONALITY_WEIGHTS = NATIONALITIES.map((n) => [n, n.weight] as const);

/** The last step done for each open status (checklist index), before the one in hand. */
const STEPS_DONE: Readonly<Record<CaseStatusCode, readonly [number, number]>> = {
  reported: [0, 0], verifying: [0, 0], locating: [1, 2], in_contact: [2, 4], repatriation: [4, 8], returned: [10, 10], closed: [0, 12],
};

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms: number): string => new Date(ms).toISOString();

export class SeedGenerator {
  readonly workstation: SeedWorkstation;
  private readonly random: Random;
  private readonly todayMs: number;
  /** Nothing happens after this instant: shortly before the start of `today` (UTC). */
  private readonly endMs: number;
  private readonly startMs: number;
  private readonly officers: Staff[];
  private readonly groupMembership: { group: Group; nationality: string; probability: number }[];
  private readonly sequences = new Map<number, number>();
  private readonly pending: SeedCase[] = [];
  private index = 0;
  /** Counts every case made, twins and extras included: keeps passport numbers unique. */
  private serial = 0;

  constructor(
    private readonly options: SeedOptions,
    /** How many cases the set will have: spreads opening dates and sizes groups. */
    private readonly total: number,
  ) {
    this.random = createRandom(options.seed);
    this.todayMs = Date.parse(`${options.today}T00:00:00Z`);
    if (Number.isNaN(this.todayMs)) throw new RangeError(`today must be YYYY-MM-DD, not ${options.today}`);
    this.endMs = this.todayMs - 10 * MINUTE;
    this.startMs = this.todayMs - SPAN_DAYS * DAY;
    const staff = this.makeStaff();
    this.officers = staff.filter((s) => s.role === 'officer');
    const groups = this.makeGroups(staff[staff.length - 1]!.id);
    this.groupMembership = groups;
    this.workstation = {
      settings: {
        issuingCountry: options.workstation?.issuingCountry ?? 'ZA',
        postCode: options.workstation?.postCode ?? 'MOW',
        locale: 'en',
        clock: '24h',
        contactLostDays: DEFAULT_CONTACT_LOST_DAYS,
        idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
        stationCode: null,
      },
      staff,
      groups: groups.map((g) => g.group),
    };
  }

  /** The `total` cases, in the order they were opened. */
  *cases(): Generator<SeedCase> {
    while (this.index < this.total || this.pending.length > 0) {
      const next = this.pending.shift() ?? this.nextCase();
      yield next;
    }
  }

  /**
   * One more case after the set's own, opened early enough for a long log;
   * `contacts` fixes the length of its contact log (the benchmark's "case with 50 entries").
   */
  extraCase(contacts: number): SeedCase {
    return this.makeCase(0, { contacts, status: 'in_contact' });
  }

  private nextCase(): SeedCase {
    const position = (this.index + this.random.next()) / this.total;
    this.index += 1;
    const made = this.makeCase(position);
    // Now and then the same person is reported twice, spelled differently.
    if (this.index < this.total && this.random.chance(0.006)) {
      this.index += 1;
      const twin = this.makeTwin(made, position);
      this.pending.push(twin);
    }
    return made;
  }

  private allows(status: CaseStatusCode): boolean {
    return this.options.statuses?.includes(status) ?? true;
  }

  private makeStaff(): Staff[] {
    const supervisorId = this.random.uuid();
    const at = isoTime(this.startMs - 30 * DAY);
    // Without a passphrase: whoever uses the data set sets one (the benchmark does, through the staff repository).
    const record = (id: string, name: string, role: Staff['role']): Staff => ({
      ...meta(id, at, supervisorId),
      active: true,
      passphrase: null,
      name,
      role,
    });
    return [...OFFICERS.map((name) => record(this.random.uuid(), name, 'officer')), record(supervisorId, SUPERVISOR, 'supervisor')];
  }

  private makeGroups(createdBy: string): { group: Group; nationality: string; probability: number }[] {
    const count = Math.max(3, Math.min(40, Math.round(this.total / 500)));
    const totalWeight = NATIONALITIES.reduce((sum, n) => sum + n.weight, 0);
    return Array.from({ length: count }, () => {
      const nationality = this.random.weighted(NATIONALITY_WEIGHTS);
      const context = this.random.pick(GROUP_CONTEXTS);
      const expected = (this.total * nationality.weight) / totalWeight;
      // From a handful to a few hundred cases, and never most of a nationality.
      const size = this.random.int(5, Math.max(5, Math.min(300, expected * 0.3)));
      const at = isoTime(this.startMs + this.random.int(0, SPAN_DAYS - 1) * DAY);
      return {
        group: {
          ...meta(this.random.uuid(), at, createdBy),
          name: `${nationality.demonym} — ${context}`,
          note: this.random.chance(0.5) ? `Cases handled together: ${context}.` : '',
        },
        nationality: nationality.code,
        probability: Math.min(1, size / Math.max(1, expected)),
      };
    });
  }

  private nextReference(openedMs: number): string {
    const year = new Date(openedMs).getUTCFullYear();
    const sequence = (this.sequences.get(year) ?? 0) + 1;
    this.sequences.set(year, sequence);
    const { issuingCountry, postCode } = this.workstation.settings;
    return formatReference({ country: issuingCountry, postCode, year, sequence });
  }

  /** A case opened at `position` (0 = the oldest day of the span, 1 = yesterday): more cases lately than at the start. */
  private makeCase(position: number, fixed: { contacts?: number; status?: CaseStatusCode; closureReason?: ClosureReasonCode } = {}): SeedCase {
    const r = this.random;
    this.serial += 1;
    const openedMs = Math.min(this.startMs + Math.sqrt(position) * SPAN_DAYS * DAY, this.endMs - DAY);
    const openedOn = isoDate(openedMs);
    const createdMs = Math.min(Date.parse(`${openedOn}T00:00:00Z`) + r.int(7 * 60, 17 * 60) * MINUTE, this.endMs);
    const nationality = r.weighted(NATIONALITY_WEIGHTS);
    const community = r.weighted(nationality.communities.map((c) => [c, c.weight] as const));
    const sex = r.weighted([['male', 95], ['female', 4], ['unknown', 0.8], ['other', 0.2]] as const);
    const name = generateName(community, sex === 'female' ? 'female' : 'male', r);
    // Recent cases are more often still being verified; old ones more often returned or closed.
    const status =
      fixed.status ??
      r.weighted(
        STATUS_WEIGHTS.filter(([s]) => this.allows(s)).map(
          ([s, w]) => [s, w * (s === 'reported' || s === 'verifying' ? 0.4 + 1.2 * position : s === 'returned' || s === 'closed' ? 1.6 - 1.2 * position : 1)] as const,
        ),
      );
    const closureReason = status === 'closed' ? (fixed.closureReason ?? r.weighted(CLOSURE_WEIGHTS)) : null;
    const situation = r.weighted(closureReason ? CLOSED_SITUATIONS[closureReason] : SITUATIONS[status as Exclude<CaseStatusCode, 'closed'>]);
    const assignee = r.chance(0.88) ? r.pick(this.officers) : null;
    const creator = r.pick(this.officers);
    const actorId = assignee?.id ?? creator.id;
    const id = r.uuid();

    const contacts = this.makeContacts(id, fixed.contacts, status, closureReason, situation, nationality.region, openedMs, actorId);
    const followUps = this.makeFollowUps(id, status, openedMs, actorId);
    const recruitment = this.makeRecruitment(nationality, openedMs);
    const dateOfBirth = this.makeDateOfBirth(openedMs);
    const flags: Case['flags'] = [];
    if (dateOfBirth && new Date(openedMs).getUTCFullYear() - Number(dateOfBirth.slice(0, 4)) < 18) flags.push('minor');
    if (situation === 'injured' && r.chance(0.5)) flags.push('medical_urgent');
    if (r.chance(0.03)) flags.push('media_attention');
    if (recruitment.methods.some((m) => m === 'false_job_offer' || m === 'misrepresented_contract' || m === 'documents_withheld' || m === 'recruitment_debt') && r.chance(0.6)) {
      flags.push('trafficking_victim');
    }

    const lastActivity = Math.max(createdMs, ...contacts.map((c) => Date.parse(c.updatedAt)), ...followUps.map((f) => Date.parse(f.updatedAt)));
    const version = 1 + Math.min(30, r.poisson(1 + STEPS_DONE[status][1] / 2));
    const updatedMs = version > 1 ? Math.max(lastActivity, r.int(createdMs, this.endMs)) : lastActivity;

    const core: CaseCore = {
      ...meta(id, isoTime(createdMs), creator.id),
      updatedAt: isoTime(updatedMs),
      updatedBy: actorId,
      version,
      reference: this.nextReference(openedMs),
      status,
      closureReason,
      closedAt: status === 'closed' ? isoTime(updatedMs) : null,
      priority: r.weighted(
        situation === 'injured' || situation === 'prisoner_of_war' || situation === 'detained'
          ? [['critical', 25], ['high', 50], ['normal', 25]]
          : status === 'closed'
            ? [['high', 5], ['normal', 95]]
            : [['critical', 4], ['high', 26], ['normal', 70]],
      ),
      assigneeId: assignee?.id ?? null,
      groupIds: this.groupMembership.filter((g) => g.nationality === nationality.code && r.chance(g.probability)).map((g) => g.group.id),
      openedOn,
      flags,
      person: {
        fullName: name.fullName,
        otherNames: name.otherNames,
        dateOfBirth,
        sex,
        nationality: nationality.code,
        passportNumber: r.chance(0.85) ? passportNumber(nationality, this.serial) : '',
        nationalIdNumber: r.chance(0.1) ? String(r.int(100_000_000, 999_999_999)) : '',
        homeTown: r.chance(0.85) ? r.pick(nationality.towns) : '',
        languages: r.sample(nationality.languages, r.int(1, nationality.languages.length)),
        phone: r.chance(0.55) ? phoneNumber(nationality, r) : '',
        messengerHandle: r.chance(0.2) ? `@${ascii(name.given)}_${ascii(name.family)}${r.int(1, 99)}` : '',
      },
      reportedBy: this.makeReporter(community, nationality, name, openedMs),
      whereabouts: this.makeWhereabouts(situation, nationality, openedMs),
      recruitment,
      steps: this.makeSteps(status, closureReason, openedMs),
      notes: r.chance(0.4) ? r.pick(CASE_NOTES) : '',
      possibleDuplicateOf: [],
    };
    return {
      case: withDerived(core, contacts, followUps),
      contacts,
      followUps,
    };
  }

  /** The same person reported again: another spelling, the same birth year, often closed as a duplicate. */
  private makeTwin(original: SeedCase, position: number): SeedCase {
    const r = this.random;
    const status = r.weighted(([['closed', 50], ['reported', 30], ['verifying', 20]] as const).filter(([s]) => this.allows(s)));
    const made = this.makeCase(position, { status, closureReason: 'duplicate' });
    const person = original.case.person;
    const twinCore: CaseCore = {
      ...stripDerived(made.case),
      person: {
        ...made.case.person,
        fullName: latinVariant(person.fullName, r) ?? person.fullName.split(' ').reverse().join(' '),
        otherNames: [],
        sex: person.sex,
        nationality: person.nationality,
        dateOfBirth: person.dateOfBirth?.slice(0, 4) ?? null,
        passportNumber: r.chance(0.3) ? person.passportNumber : '',
      },
    };
    if (r.chance(0.5)) {
      twinCore.possibleDuplicateOf = [original.case.id];
      twinCore.flags = [...twinCore.flags, 'possible_duplicate'];
      const originalCore = stripDerived(original.case);
      originalCore.possibleDuplicateOf = [made.case.id];
      originalCore.flags = [...originalCore.flags, 'possible_duplicate'];
      original.case = withDerived(originalCore, original.contacts, original.followUps);
    }
    return { ...made, case: withDerived(twinCore, made.contacts, made.followUps) };
  }

  private makeDateOfBirth(openedMs: number): string | null {
    const r = this.random;
    const age = r.chance(0.01) ? 17 : r.weighted([[r.int(18, 24), 25], [r.int(25, 34), 40], [r.int(35, 44), 25], [r.int(45, 58), 10]] as const);
    const born = openedMs - age * 365.25 * DAY - r.int(0, 364) * DAY;
    const full = isoDate(born);
    return r.weighted([[full, 60], [full.slice(0, 7), 12], [full.slice(0, 4), 18], [null, 10]] as const);
  }

  private makeReporter(community: Community, nationality: Nationality, name: GeneratedName, openedMs: number): ReportedBy {
    const r = this.random;
    const reportedOn = isoDate(openedMs - r.int(0, 3) * DAY);
    if (r.chance(0.15)) return { name: '', relationship: '', phone: '', email: '', reportedOn, consentToShare: false };
    const relationship = r.pick(RELATIONSHIPS);
    const isFamily = !['Friend', 'Former employer', 'NGO caseworker'].includes(relationship);
    const femaleRelative = relationship === 'Mother' || relationship === 'Wife' || relationship === 'Sister';
    const given = generateName(community, femaleRelative ? 'female' : 'male', r);
    const reporterName = isFamily ? `${given.given} ${name.family}` : given.fullName;
    return {
      name: reporterName,
      relationship,
      phone: r.chance(0.75) ? phoneNumber(nationality, r) : '',
      email: r.chance(0.1) ? `${ascii(given.given)}.${ascii(given.family)}@example.org` : '',
      reportedOn,
      consentToShare: r.chance(0.6),
    };
  }

  private makeWhereabouts(situation: CurrentSituationCode, nationality: Nationality, openedMs: number): Whereabouts {
    const r = this.random;
    if (situation === 'unknown') return { situation, country: null, place: '', militaryUnit: '', lastKnownOn: null };
    const places = PLACES[situation];
    const [country, place] = situation === 'returned_home' || !places ? [nationality.code, r.pick(nationality.towns)] : r.pick(places);
    const armed = situation === 'in_training' || situation === 'deployed' || situation === 'injured' || situation === 'reported_dead' || situation === 'confirmed_dead';
    return {
      situation,
      country,
      place: r.chance(0.85) ? place : '',
      militaryUnit: armed && r.chance(0.4) ? r.pick(MILITARY_UNITS) : '',
      lastKnownOn: r.chance(0.7) ? isoDate(r.int(openedMs - 20 * DAY, this.endMs)) : null,
    };
  }

  private makeRecruitment(nationality: Nationality, openedMs: number): Recruitment {
    const r = this.random;
    const region = nationality.region;
    const methods = new Set<RecruitmentMethodCode>();
    const count = r.weighted([[1, 45], [2, 35], [3, 20]] as const);
    for (let i = 0; i < count; i += 1) methods.add(r.weighted(METHODS[region]));
    // "Unknown" and "Voluntary" stand alone.
    const alone = [...methods].find((m) => m === 'unknown' || m === 'voluntary');
    const channel = r.weighted(CHANNELS[region]);
    const online = channel === 'social_network_post' || channel === 'messenger_channel' || channel === 'online_job_advert';
    const leftHomeMs = openedMs - r.int(20, 400) * DAY;
    const contractMs = leftHomeMs + r.int(3, 40) * DAY;
    const paid = r.chance(0.7);
    const inRoubles = paid && r.chance(0.4);
    return {
      methods: alone ? [alone] : [...methods],
      channel,
      channelOther: '',
      platform: online ? r.weighted(PLATFORMS[region]) : null,
      platformOther: '',
      promisedJob: r.chance(0.8) ? r.pick(PROMISED_JOBS) : '',
      promisedPay: {
        amount: paid ? (inRoubles ? r.int(15, 40) * 10_000 : r.int(15, 45) * 100) : null,
        currency: paid ? (inRoubles ? 'RUB' : 'USD') : null,
        perMonth: true,
      },
      recruiterName: r.chance(0.5) ? r.pick(RECRUITERS) : '',
      leftHomeOn: r.chance(0.7) ? isoDate(leftHomeMs) : null,
      route: r.pick(nationality.routes).slice(),
      contractSignedOn: contractMs < openedMs && r.chance(0.5) ? isoDate(contractMs) : null,
      contractLanguage: r.chance(0.6) ? 'Russian' : '',
      contractTranslated: r.weighted([['no', 60], ['unknown', 30], ['yes', 10]] as const),
      trainingLength: r.chance(0.5) ? r.pick(TRAINING_LENGTHS) : '',
    };
  }

  /** The checklist as far as the status implies: the steps before the one in hand done, that one under way or blocked. */
  private makeSteps(status: CaseStatusCode, closureReason: ClosureReasonCode | null, openedMs: number): Step[] {
    const r = this.random;
    const [low, high] = closureReason === 'returned_settled' ? [12, 12] : STEPS_DONE[status];
    const done = r.int(low, high);
    const inHand: StepStateCode | null = status === 'closed' || status === 'reported' ? null : r.weighted([['in_progress', 75], ['blocked', 25]] as const);
    let dayMs = openedMs;
    return RepatriationStep.codes.map((step, i): Step => {
      let state: StepStateCode = 'not_started';
      if (i < done) state = step === 'travel_funded' && r.chance(0.2) ? 'not_applicable' : 'done';
      else if (i === done && inHand) state = inHand;
      if (state === 'done') dayMs = Math.min(this.endMs, dayMs + r.int(1, 20) * DAY);
      return {
        step,
        state,
        date: state === 'done' ? isoDate(dayMs) : null,
        reference: step === 'release_requested' && state !== 'not_started' ? `DN-${new Date(dayMs).getUTCFullYear()}/${r.int(1, 9999)}` : '',
        note: state === 'blocked' ? 'Waiting for an answer from the host authorities.' : '',
      };
    });
  }

  private makeContacts(
    caseId: string,
    fixedCount: number | undefined,
    status: CaseStatusCode,
    closureReason: ClosureReasonCode | null,
    situation: CurrentSituationCode,
    region: Region,
    openedMs: number,
    actorId: string,
  ): ContactEntry[] {
    const r = this.random;
    const needsContact = status === 'in_contact' || status === 'repatriation' || status === 'returned' || closureReason === 'returned_settled';
    const declined = closureReason === 'declined_assistance';
    const count = fixedCount ?? Math.max(needsContact || declined ? 1 : 0, Math.min(MAX_LOG, r.poisson(CONTACT_MEAN[status])));
    if (count === 0) return [];
    const firstMs = openedMs + 2 * 60 * MINUTE;
    const times = Array.from({ length: count }, () => r.int(firstMs, this.endMs)).sort((a, b) => a - b);
    // Cases being worked on were reached lately, except some where contact was lost: no success for 15 to 90 days.
    const active = status === 'in_contact' || status === 'repatriation';
    const lostFor = (status === 'in_contact' && r.chance(0.3)) || (status === 'repatriation' && r.chance(0.1)) ? r.int(15, 90) * DAY : 0;
    const successBefore = lostFor > 0 && this.endMs - lostFor > firstMs ? this.endMs - lostFor : this.endMs;
    if (successBefore < this.endMs && times[0]! >= successBefore) times[0] = r.int(firstMs, successBefore - 1);
    const recentSuccess = active && successBefore === this.endMs;
    if (recentSuccess) times[count - 1] = Math.max(times[count - 2] ?? firstMs, this.endMs - r.int(1, 12) * DAY);
    const entries = times.map((atMs, index): ContactEntry => {
      const channel = r.weighted(region === 'central_asia' ? CENTRAL_ASIAN_CONTACT_CHANNELS : CONTACT_CHANNELS);
      const withWhom: ContactWithCode =
        channel === 'via_family' ? 'family' : channel === 'via_icrc' ? 'ngo' : channel === 'via_coordination_hq' || channel === 'via_host_authorities' ? 'authority' : r.chance(0.6) ? 'citizen' : 'family';
      const success = (recentSuccess && index === count - 1) || (atMs < successBefore && r.chance(SUCCESS_SHARE[status]));
      const outcome: ContactOutcomeCode = success
        ? withWhom === 'citizen' && r.chance(0.7)
          ? 'reached'
          : 'proof_of_life'
        : r.weighted(withWhom === 'citizen' ? [['no_answer', 55], ['message_left', 35], ['wrong_number', 10]] : [['reached', 40], ['no_answer', 30], ['message_left', 25], ['wrong_number', 5]]);
      const createdMs = Math.min(this.endMs, atMs + r.int(1, 90) * MINUTE);
      // Now and then an entry was removed (kept as a tombstone), soon after it was written.
      const deletedAt = !(recentSuccess && index === count - 1) && r.chance(0.01) ? isoTime(Math.min(this.endMs, createdMs + r.int(5, 600) * MINUTE)) : null;
      return {
        ...meta(r.uuid(), isoTime(createdMs), actorId),
        ...(deletedAt ? { version: 2, deletedAt, updatedAt: deletedAt } : {}),
        caseId,
        at: isoTime(atMs),
        direction: withWhom === 'citizen' && outcome === 'reached' && r.chance(0.4) ? 'incoming' : 'outgoing',
        channel,
        with: withWhom,
        outcome,
        summary: r.chance(0.7) ? r.pick(CONTACT_SUMMARIES[outcome]) : '',
        followUpDue: r.chance(0.15) ? isoDate(atMs + r.int(3, 10) * DAY) : null,
      };
    });
    const live = entries.filter((e) => e.deletedAt === null);
    if (needsContact && !live.some(isSuccessfulContact)) {
      const target = [...live].reverse().find((e) => Date.parse(e.at) < successBefore) ?? live[0];
      if (target) Object.assign(target, { with: 'citizen', outcome: 'reached', summary: r.pick(CONTACT_SUMMARIES.reached) });
    }
    if (declined) {
      const last = live[live.length - 1];
      if (last) Object.assign(last, { with: 'citizen', outcome: 'refused_help', direction: 'outgoing', summary: r.pick(CONTACT_SUMMARIES.refused_help) });
    }
    if (situation === 'confirmed_dead' && live.length > 0) live[live.length - 1]!.summary = 'Death confirmed by the host authorities.';
    return entries;
  }

  private makeFollowUps(caseId: string, status: CaseStatusCode, openedMs: number, actorId: string): FollowUp[] {
    const r = this.random;
    const open = status !== 'returned' && status !== 'closed';
    const count = Math.min(4, r.poisson(open ? 1 : 0.5));
    return Array.from({ length: count }, (): FollowUp => {
      const done = !open || r.chance(0.4);
      const dueMs = done ? r.int(openedMs + DAY, this.endMs) : this.todayMs + r.int(-10, 40) * DAY;
      const createdMs = Math.max(openedMs + MINUTE, Math.min(this.endMs, dueMs - r.int(3, 14) * DAY));
      const doneMs = done ? r.int(createdMs, this.endMs) : null;
      return {
        ...meta(r.uuid(), isoTime(createdMs), actorId),
        ...(doneMs === null ? {} : { version: 2, updatedAt: isoTime(doneMs) }),
        caseId,
        title: r.pick(FOLLOW_UP_TITLES),
        dueOn: isoDate(Math.max(dueMs, openedMs)),
        assigneeId: r.chance(0.85) ? actorId : r.pick(this.officers).id,
        done,
        doneAt: doneMs === null ? null : isoTime(doneMs),
      };
    });
  }
}

/** A whole data set in memory: fine for a few thousand cases; the benchmark streams `SeedGenerator.cases()`. */
export function generateDataset(options: SeedOptions & { cases: number }): SeedDataset {
  const generator = new SeedGenerator(options, options.cases);
  return { ...generator.workstation, cases: [...generator.cases()] };
}

function meta(id: string, at: string, by: string): RecordMeta {
  return { id, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by, version: 1, deletedAt: null };
}

function stripDerived(record: Case): CaseCore {
  const { derived: _derived, ...core } = record;
  return core;
}

function withDerived(core: CaseCore, contacts: readonly ContactEntry[], followUps: readonly FollowUp[]): Case {
  return {
    ...core,
    derived: deriveCaseFields(core, {
      contact: deriveContactState(contacts, core.whereabouts.situation),
      nextFollowUpDue: earliestOpenDue(followUps),
    }),
  };
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}
