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
    requiredNote: 'Seuls les champs de la personne marqués d’un * sont obligatoires. Remplissez les autres parties selon ce que sait l’appelant, ou passez-les : elles pourront être ajoutées plus tard sur la page du dossier.',
    section: {
      optional: 'Facultatif : ouvrez-la pour noter ce que sait l’appelant.',
      filled: 'Contient une saisie, qui sera enregistrée avec le dossier.',
    },
    draftRestored: 'La saisie que vous n’aviez pas encore enregistrée est revenue.',
    clearForm: 'Vider le formulaire',
    saved: 'Dossier {{reference}} enregistré.',
    errorSummary_one: 'Ce formulaire comporte {{count}} problème, signalé à côté de son champ.',
    errorSummary_many: 'Ce formulaire comporte {{count}} de problèmes, chacun signalé à côté de son champ.',
    errorSummary_other: 'Ce formulaire comporte {{count}} problèmes, chacun signalé à côté de son champ.',
    choose: 'Choisir…',
  },
} satisfies Translation<typeof en, 'fr'>;
