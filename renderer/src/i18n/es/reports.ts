/** Spanish translation of ../en/reports.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reports as en } from '../en/reports';
import type { Translation } from '../translation';

export const reports = {
  reports: {
    savePdf: 'Guardar como PDF',
    savedAs: 'Informe guardado como {{fileName, isolate}}.',
    saved: 'Informe guardado.',
    backToList: 'Volver a la lista de casos',
    backToGroup: 'Volver al grupo',
    preparedOn: 'Elaborado el',
    preparedBy: 'Elaborado por',
    workstation: 'Puesto de trabajo',
    workstationValue: '{{country}}, oficina {{post}}',
    workstationCountry: 'País del puesto de trabajo',
    confidential:
      'Confidencial. Este informe contiene datos personales de personas en riesgo: compártalo solo con quien lo necesite para su trabajo y destrúyalo cuando ya no sea necesario.',
    confidentialFamily: 'Elaborado para la familia por el funcionario consular. Personal y confidencial.',
    caseload: {
      open: 'Informe de carga de casos',
      title: 'Informe de carga de casos',
      allCases: 'Todos los casos',
      filterPart: '{{label}}: {{value, isolate}}',
      total: 'Casos',
      counting: 'Contando los casos…',
      empty: 'Ningún caso corresponde a este informe.',
      counts: 'Resumen',
      byStatus: 'Por estado',
      byContactStatus: 'Por estado de contacto',
      byNationality: 'Por nacionalidad',
      byMethod: 'Por método de reclutamiento',
      bySituation: 'Por situación actual',
      methodsNote: 'Un caso puede tener varios métodos de reclutamiento, por lo que la suma puede superar el número de casos.',
      casesColumn: 'Casos',
      noneRecorded: 'Nada registrado',
      cases: 'Casos',
      casesCaption: 'Casos de este informe, por referencia',
      capped: 'La tabla enumera los primeros {{shown}} de {{total}} casos, por referencia; las cifras anteriores incluyen todos los casos. Exporte en CSV para obtener la lista completa.',
    },
    case: {
      open: 'Informe del caso',
      backToCase: 'Volver al caso',
      audience: 'Informe para',
      audiences: {
        internal: 'Personal consular (interno)',
        family: 'La familia (destinado a la familia)',
      },
      kickerInternal: 'Informe del caso — interno',
      kickerFamily: 'Informe del caso — para la familia',
      title: 'Caso {{reference}}',
      withheld: 'Se omiten el paradero y los datos de contacto: no consta consentimiento para compartir novedades.',
      noContacts: 'Aún no se ha registrado ningún contacto.',
      contactLogCaption: 'Registro de contactos, empezando por el más antiguo',
    },
  },
} satisfies Translation<typeof en, 'es'>;
