/** French translation of ../en/new-case.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { newCase as en } from '../en/new-case';
import type { Translation } from '../translation';

export const newCase = {
  newCase: {
    title: 'Nouveau dossier',
    personLegend: 'Personne',
    caseLegend: 'Dossier',
    reportedByLegend: 'Signalé par',
    phoneHint: 'Un numéro sans indicatif de pays est lu comme un numéro du pays de la personne, ou du pays de ce poste.',
    notes: 'Notes',
    save: 'Enregistrer le dossier',
    cancel: 'Annuler',
    saved: 'Dossier {{reference}} enregistré.',
    errorSummary_one: 'Ce formulaire comporte {{count}} problème, signalé à côté de son champ.',
    errorSummary_many: 'Ce formulaire comporte {{count}} de problèmes, chacun signalé à côté de son champ.',
    errorSummary_other: 'Ce formulaire comporte {{count}} problèmes, chacun signalé à côté de son champ.',
    choose: 'Choisir…',
  },
} satisfies Translation<typeof en, 'fr'>;
