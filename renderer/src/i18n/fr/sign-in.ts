/** French translation of ../en/sign-in.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { signIn as en } from '../en/sign-in';
import type { Translation } from '../translation';

export const signIn = {
  signIn: {
    title: 'Connexion à Homeward',
    profile: 'Profil',
    passphrase: 'Phrase de passe',
    submit: 'Se connecter',
    unlock: 'Déverrouiller',
    switchProfile: 'Se connecter avec un autre profil',
    lockedTitle: 'Homeward est verrouillé',
    lockedIntro: '<name>{{name}}</name>, saisissez votre phrase de passe pour reprendre là où vous en étiez.',
    wrong: 'Cette phrase de passe est incorrecte. Vérifiez-la et réessayez.',
    wrongAndWait_one: 'Cette phrase de passe est incorrecte. Vous pourrez réessayer dans {{count}} seconde.',
    wrongAndWait_many: 'Cette phrase de passe est incorrecte. Vous pourrez réessayer dans {{count}} de secondes.',
    wrongAndWait_other: 'Cette phrase de passe est incorrecte. Vous pourrez réessayer dans {{count}} secondes.',
    locked_one: 'Trop de phrases de passe incorrectes. Réessayez dans {{count}} seconde.',
    locked_many: 'Trop de phrases de passe incorrectes. Réessayez dans {{count}} de secondes.',
    locked_other: 'Trop de phrases de passe incorrectes. Réessayez dans {{count}} secondes.',
    inactive: 'Ce profil ne peut pas se connecter : il a été désactivé ou n’a pas encore de phrase de passe. Adressez-vous à un superviseur.',
  },
} satisfies Translation<typeof en, 'fr'>;
