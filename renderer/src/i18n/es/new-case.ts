/** Spanish translation of ../en/new-case.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { newCase as en } from '../en/new-case';
import type { Translation } from '../translation';

export const newCase = {
  newCase: {
    title: 'Nuevo caso',
    personLegend: 'Persona',
    caseLegend: 'Caso',
    reportedByLegend: 'Informante',
    phoneHint: 'Un número sin prefijo de país se interpreta como número del país de la persona o del país de esta oficina.',
    notes: 'Notas',
    save: 'Guardar caso',
    cancel: 'Cancelar',
    saved: 'Caso {{reference}} guardado.',
    errorSummary_one: 'Hay {{count}} problema en este formulario. Se indica junto a su campo.',
    errorSummary_many: 'Hay {{count}} de problemas en este formulario. Cada uno se indica junto a su campo.',
    errorSummary_other: 'Hay {{count}} problemas en este formulario. Cada uno se indica junto a su campo.',
    choose: 'Elija…',
  },
} satisfies Translation<typeof en, 'es'>;
