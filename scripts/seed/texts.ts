/** The free text of generated cases: places, jobs, agencies, notes and log summaries, all invented. */
import type { ContactOutcomeCode, CurrentSituationCode } from '../../shared/taxonomy';

/** Where a person in each situation is usually reported to be: [country, place]. */
export const PLACES: Readonly<Partial<Record<CurrentSituationCode, readonly (readonly [string, string])[]>>> = {
  in_training: [['RU', 'Avangard training ground, Moscow region'], ['RU', 'Mulino training ground'], ['RU', 'Rostov-on-Don'], ['RU', 'Kazan'], ['RU', 'Novocherkassk']],
  deployed: [['UA', 'Donetsk region'], ['UA', 'Zaporizhzhia region'], ['UA', 'Luhansk region'], ['UA', 'Kharkiv region'], ['RU', 'Kursk region'], ['UA', 'near Pokrovsk']],
  injured: [['RU', 'Military hospital, Rostov-on-Don'], ['RU', 'Burdenko military hospital, Moscow'], ['RU', 'Field hospital, Belgorod region'], ['UA', 'Hospital in Donetsk']],
  detained: [['RU', 'Pre-trial detention centre, Moscow'], ['RU', 'Migration detention, Saint Petersburg'], ['BY', 'Police custody, Minsk']],
  prisoner_of_war: [['UA', 'Prisoner-of-war camp, Lviv region'], ['UA', 'Prisoner-of-war camp, western Ukraine'], ['UA', 'Held by Ukrainian forces']],
  escaped: [['TR', 'Istanbul'], ['AE', 'Dubai'], ['GE', 'Tbilisi'], ['KZ', 'Almaty'], ['BY', 'Minsk'], ['AM', 'Yerevan']],
  reported_dead: [['UA', 'Donetsk region'], ['UA', 'Zaporizhzhia region'], ['RU', 'Kursk region']],
  confirmed_dead: [['UA', 'Donetsk region'], ['UA', 'Luhansk region'], ['RU', 'Kursk region']],
};

export const MILITARY_UNITS = ['Military unit 22179', 'Military unit 40624', 'Storm-V detachment', 'Military unit 71289', '2nd Motor Rifle Brigade', 'Volunteer battalion "Veterany"'];

export const PROMISED_JOBS = ['Security guard', 'Construction worker', 'Driver', 'Warehouse worker', 'Cook', 'Factory worker', 'Electrician', 'Army helper (non-combat)', 'Kitchen helper', 'Loader'];

export const RECRUITERS = ['Global Careers Agency', 'Eurasia Staffing', 'Mr. A. (agent in Dubai)', 'Bright Future Manpower', 'Ural Work Solutions', 'a cousin already in Russia', 'Telegram channel "Work in Russia"', 'Alabuga Start programme'];

export const TRAINING_LENGTHS = ['10 days', '2 weeks', '3 weeks', '1 month', '2 months'];

export const RELATIONSHIPS = ['Mother', 'Father', 'Wife', 'Brother', 'Sister', 'Cousin', 'Uncle', 'Friend', 'Former employer', 'NGO caseworker'];

export const CASE_NOTES = [
  'Went to Russia on a work visa for a job in construction; passport taken on arrival.',
  'Family received a voice message from the front asking for help.',
  'Says he signed a contract in Russian without a translation.',
  'Recruited through an agent who charged a fee; the family borrowed the money.',
  'Was told the job was at a warehouse behind the front line.',
  'Promised Russian citizenship after one year of service.',
  'Detained for a visa violation and offered the contract instead of deportation.',
  'Last seen in a video posted on social media.',
  'Injured by shelling; family says he is in a hospital but does not know which.',
  'Brother of another case in the same unit.',
];

export const CONTACT_SUMMARIES: Readonly<Record<ContactOutcomeCode, readonly string[]>> = {
  reached: ['Spoke briefly; the line was poor.', 'Confirmed they are in the same place as last week.', 'Discussed the documents needed for travel.'],
  no_answer: ['No answer.', 'Phone switched off.', 'Rang out twice.'],
  message_left: ['Left a voice message asking to call back.', 'Sent a message with the consulate hotline number.'],
  proof_of_life: ['Received a short video dated today.', 'ICRC confirmed the person is alive and held.', 'Family forwarded a photo sent this morning.'],
  refused_help: ['Says he wants to finish the contract and does not want help.', 'Asked the consulate not to contact the family.'],
  wrong_number: ['Number belongs to someone else.', 'Number no longer in service.'],
};

export const FOLLOW_UP_TITLES = [
  'Call the family back',
  'Send a diplomatic note to the Ministry of Foreign Affairs',
  'Ask ICRC for proof of life',
  'Check hospital lists',
  'Request consular access',
  'Issue an emergency travel document',
  'Confirm the flight booking',
  'Follow up with the host authorities',
  'Ask the Coordination Headquarters about prisoner lists',
];

export const GROUP_CONTEXTS = [
  'Donetsk distress signals',
  'Rostov hospital',
  'Avangard training ground',
  'Alabuga recruitment',
  'Kursk front',
  'Zaporizhzhia front',
  'prisoner exchange list',
  'hotline reports',
  'same recruitment agency',
  'detained in Moscow',
];
