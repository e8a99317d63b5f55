/** French translation of ../../en/common/errors.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { errors as en } from '../../en/common/errors';
import type { Translation } from '../../translation';

export const errors = {
  errors: {
    staleWrite: 'Ce dossier a été modifié dans une autre fenêtre après que vous l’avez ouvert. Vos modifications n’ont pas été enregistrées. Rechargez pour voir la dernière version, puis refaites vos modifications.',
    validation: 'Certains champs ne sont pas valides. Rien n’a été enregistré.',
    notFound: 'Cet enregistrement n’existe plus.',
    notSetUp: 'Ce poste de travail n’est pas encore configuré.',
    locked: 'Les dossiers sont verrouillés. Reconnectez-vous pour les ouvrir.',
    permissionDenied: 'Votre profil ne peut pas faire cela. La tentative a été consignée ; adressez-vous à un superviseur si nécessaire.',
    unexpected: 'Une erreur s’est produite et rien n’a été enregistré. Réessayez ; si le problème persiste, prévenez votre superviseur.',
  },
} satisfies Translation<typeof en, 'fr'>;
