/** French translation of ../en/reports.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reports as en } from '../en/reports';
import type { Translation } from '../translation';

export const reports = {
  reports: {
    savePdf: 'Enregistrer en PDF',
    savedAs: 'Rapport enregistré sous {{fileName, isolate}}.',
    saved: 'Rapport enregistré.',
    backToList: 'Retour à la liste des dossiers',
    backToGroup: 'Retour au groupe',
    preparedOn: 'Établi le',
    preparedBy: 'Établi par',
    workstation: 'Poste de travail',
    workstationValue: '{{country}}, poste {{post}}',
    workstationCountry: 'Pays du poste de travail',
    confidential:
      'Confidentiel. Ce rapport contient des données personnelles de personnes en danger : ne le communiquez qu’à ceux qui en ont besoin pour leur travail, et détruisez-le lorsqu’il n’est plus utile.',
    confidentialFamily: 'Établi pour la famille par l’agent consulaire. Personnel et confidentiel.',
    caseload: {
      open: 'Rapport sur les dossiers',
      title: 'Rapport sur les dossiers',
      allCases: 'Tous les dossiers',
      filterPart: '{{label}} : {{value, isolate}}',
      total: 'Dossiers',
      counting: 'Décompte des dossiers…',
      empty: 'Aucun dossier ne correspond à ce rapport.',
      counts: 'Synthèse',
      byStatus: 'Par statut',
      byContactStatus: 'Par état du contact',
      byNationality: 'Par nationalité',
      byMethod: 'Par mode de recrutement',
      bySituation: 'Par situation actuelle',
      methodsNote: 'Un dossier peut compter plusieurs modes de recrutement : le total peut donc dépasser le nombre de dossiers.',
      casesColumn: 'Dossiers',
      noneRecorded: 'Rien de consigné',
      cases: 'Dossiers',
      casesCaption: 'Dossiers de ce rapport, par référence',
      capped: 'Le tableau présente les {{shown}} premiers dossiers sur {{total}}, par référence ; les chiffres ci-dessus portent sur tous les dossiers. Exportez en CSV pour la liste complète.',
    },
    case: {
      open: 'Rapport du dossier',
      backToCase: 'Retour au dossier',
      audience: 'Rapport destiné à',
      audiences: {
        internal: 'Personnel consulaire (interne)',
        family: 'La famille (destiné à la famille)',
      },
      kickerInternal: 'Rapport du dossier — interne',
      kickerFamily: 'Rapport du dossier — pour la famille',
      title: 'Dossier {{reference}}',
      withheld: 'La localisation et les coordonnées sont omises : aucun consentement au partage des nouvelles n’est consigné.',
      noContacts: 'Aucun contact consigné pour l’instant.',
      contactLogCaption: 'Journal des contacts, du plus ancien au plus récent',
    },
  },
} satisfies Translation<typeof en, 'fr'>;
