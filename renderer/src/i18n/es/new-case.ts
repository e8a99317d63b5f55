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
    requiredNote: 'Solo son obligatorios los campos de la persona marcados con *. Complete las demás partes en la medida en que las conozca quien llama, u omítalas: pueden añadirse después en la página del caso.',
    section: {
      optional: 'Opcional: ábrala para anotar lo que sabe quien llama.',
      filled: 'Contiene datos, que se guardarán con el caso.',
    },
    draftRestored: 'Los datos que aún no había guardado se han recuperado.',
    clearForm: 'Vaciar el formulario',
    saved: 'Caso {{reference}} guardado.',
    errorSummary_one: 'Hay {{count}} problema en este formulario. Se indica junto a su campo.',
    errorSummary_many: 'Hay {{count}} de problemas en este formulario. Cada uno se indica junto a su campo.',
    errorSummary_other: 'Hay {{count}} problemas en este formulario. Cada uno se indica junto a su campo.',
    choose: 'Elija…',
  },
} satisfies Translation<typeof en, 'es'>;
