/** Spanish translation of ../../en/common/errors.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { errors as en } from '../../en/common/errors';
import type { Translation } from '../../translation';

export const errors = {
  errors: {
    staleWrite: 'Este caso se modificó en otra ventana después de que lo abriera. Sus cambios no se guardaron. Recargue para ver la versión más reciente y vuelva a hacer sus cambios.',
    validation: 'Algunos campos no son válidos. No se guardó nada.',
    notFound: 'Este registro ya no existe.',
    notSetUp: 'Este puesto de trabajo aún no está configurado.',
    locked: 'Los expedientes de los casos están bloqueados. Vuelva a iniciar sesión para abrirlos.',
    permissionDenied: 'Su perfil no puede hacer esto. El intento ha quedado registrado; consulte a un supervisor si es necesario.',
    unexpected: 'Algo salió mal y no se guardó nada. Inténtelo de nuevo; si vuelve a ocurrir, avise a su supervisor.',
  },
} satisfies Translation<typeof en, 'es'>;
