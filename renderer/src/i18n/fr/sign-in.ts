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
    needsRecovery: 'Votre phrase de passe est correcte, mais votre profil ne peut pas encore ouvrir les dossiers protégés. Utilisez la clé de récupération conservée dans le coffre-fort du poste, ou demandez à un superviseur de vous attribuer une nouvelle phrase de passe.',
    useRecoveryKey: 'Utiliser la clé de récupération',
    recoveryTitle: 'Se connecter avec la clé de récupération',
    recoveryIntro: 'Saisissez la clé de récupération imprimée lors de la première configuration et conservée dans le coffre-fort du poste, puis choisissez une nouvelle phrase de passe pour votre profil.',
    recoveryKey: 'Clé de récupération',
    newPassphrase: 'Nouvelle phrase de passe',
    confirmPassphrase: 'Confirmez la nouvelle phrase de passe',
    recoverySubmit: 'Ouvrir et définir la nouvelle phrase de passe',
    recoveryWrong: 'Ce n’est pas la clé de récupération de ce poste de travail. Comparez-la avec la feuille imprimée et réessayez.',
    recoveryBack: 'Retour à la connexion',
  },
  sealing: {
    title: 'Protection des dossiers',
    intro: 'Ce poste de travail chiffre désormais les dossiers. Les dossiers enregistrés auparavant sont chiffrés une seule fois ; fermer la fenêtre ne fait rien perdre, et la prochaine connexion reprend là où elle s’était arrêtée.',
    progress: 'Enregistrements : {{done}} sur {{total}}',
    failed: 'Tous les dossiers n’ont pas pu être chiffrés. Reconnectez-vous pour continuer ; rien n’a été perdu.',
  },
  recoveryKey: {
    title: 'Imprimez la clé de récupération et conservez-la dans le coffre-fort du poste',
    intro: 'Les dossiers de ce poste de travail sont chiffrés. La phrase de passe de chaque profil les ouvre ; cette clé de récupération aussi, si toutes les phrases de passe sont oubliées.',
    warning: 'Si toutes les phrases de passe et cette clé de récupération sont perdues, personne ne pourra jamais lire les dossiers. Elle n’est affichée que cette fois.',
    key: 'Clé de récupération',
    print: 'Imprimer',
    confirm: 'J’ai imprimé ou noté la clé de récupération et je la conserverai dans le coffre-fort',
    done: 'Continuer',
  },
} satisfies Translation<typeof en, 'fr'>;
