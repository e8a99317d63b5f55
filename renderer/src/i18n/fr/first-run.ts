/** French translation of ../en/first-run.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { firstRun as en } from '../en/first-run';
import type { Translation } from '../translation';

export const firstRun = {
  firstRun: {
    title: 'Qui utilise ce poste de travail ?',
    language: 'Langue',
    languageHint: 'Cet écran change aussitôt. C’est la langue de l’écran de connexion et de votre profil ; chaque profil pourra choisir la sienne ensuite.',
    intro: 'Homeward conserve tous les dossiers sur cet ordinateur uniquement. Configurez le poste de travail et le premier profil pour commencer.',
    dataGone: 'Les dossiers sont chiffrés avec une clé que seules les phrases de passe des profils et une clé de récupération affichée à l’étape suivante peuvent ouvrir. Si toutes les phrases de passe et la clé de récupération sont oubliées, les données sont perdues : personne ne pourra les récupérer.',
    profileLegend: 'Votre profil',
    name: 'Votre nom',
    supervisorNote: 'Le premier profil est un profil de superviseur : c’est lui qui ajoute les autres profils de ce poste de travail.',
    passphrase: 'Phrase de passe',
    passphraseHint: 'Au moins 10 caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner. Elle ne peut pas être récupérée : si elle est perdue, un autre superviseur doit en définir une nouvelle.',
    confirmPassphrase: 'Phrase de passe (confirmation)',
    workstationLegend: 'Ce poste de travail',
    issuingCountry: 'Pays émetteur',
    issuingCountryHint: 'Le pays dont le consulat utilise ce poste de travail. Il ouvre la référence de chaque dossier.',
    postCode: 'Code court du poste',
    postCodeHint: 'Deux à huit lettres ou chiffres pour le poste consulaire, par exemple MOW. Les références ont la forme ZA-MOW-2026-0001.',
    submit: 'Commencer à utiliser Homeward',
  },
} satisfies Translation<typeof en, 'fr'>;
