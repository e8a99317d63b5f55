/** French translation of ../en/settings.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { settings as en } from '../en/settings';
import type { Translation } from '../translation';

export const settings = {
  workstationSettings: {
    nav: 'Paramètres',
    title: 'Paramètres',
    intro: 'Ces paramètres s’appliquent à toutes les personnes qui utilisent ce poste de travail. Chaque modification est consignée dans l’historique.',
    casesLegend: 'Dossiers',
    contactLostDays: 'Contact perdu après (jours)',
    contactLostDaysHint: 'Un dossier sans contact abouti depuis ce nombre de jours prend l’état de contact « Contact perdu ». De 1 à 365 jours.',
    lockingLegend: 'Verrouillage',
    idleLockMinutes: 'Verrouiller après une inactivité de (minutes)',
    idleLockMinutesHint: 'Une fenêtre inutilisée depuis ce nombre de minutes se verrouille et demande la phrase de passe pour continuer. De 1 à 240 minutes.',
    save: 'Enregistrer les paramètres',
    saved: 'Paramètres enregistrés.',
    formatsLegend: 'Langue, dates et nombres',
    language: 'Langue de l’écran de connexion',
    languageHint: 'C’est aussi la langue des profils qui n’ont pas choisi la leur dans Mon profil.',
    region: 'Pays du poste',
    regionHint: 'Les dates, heures et nombres s’écrivent comme dans ce pays, par exemple jour, mois, année.',
    clock: 'Horloge',
    clock24: '24 heures (16:25)',
    clock12: '12 heures (4:25 PM)',
    referencesTitle: 'Références des dossiers',
    referencesNote: 'Le pays émetteur et le code court du poste ouvrent la référence de chaque dossier. Ils ont été choisis lors de la configuration du poste de travail et ne peuvent pas être modifiés ici : les nouvelles références ne suivraient plus celles déjà communiquées aux familles et aux autorités.',
    issuingCountry: 'Pays émetteur',
    postCode: 'Code court du poste',
    referenceExample: 'Les références ont la forme',
  },
} satisfies Translation<typeof en, 'fr'>;
