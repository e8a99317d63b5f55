/** Spanish translation of ../../en/common/validation.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { validation as en } from '../../en/common/validation';
import type { Translation } from '../../translation';

export const validation = {
  validation: {
    required: 'Rellene este campo.',
    requiredField: 'Rellene «{{field}}».',
    invalid: 'Este valor no es válido.',
    invalidDate: 'Escriba la fecha como AAAA-MM-DD.',
    invalidPartialDate: 'Escriba un año (1994), un año y mes (1994-03) o una fecha completa (1994-03-07).',
    dateInFuture: 'Esta fecha está en el futuro.',
    country: 'Elija un país de la lista.',
    currency: 'Escriba un código de moneda de tres letras, como USD.',
    phone: 'Escriba un número de teléfono válido con su prefijo de país, por ejemplo +27 82 123 4567.',
    email: 'Escriba una dirección de correo electrónico válida.',
    passport: 'Use solo letras, cifras, espacios y guiones.',
    passphraseTooShort: 'Use al menos 10 caracteres.',
    passphraseMismatch: 'Las dos frases de contraseña no coinciden.',
    lastSupervisor: 'Es el último supervisor activo: primero añada o active otro supervisor.',
    closureAlreadyRequested: 'Ya se ha solicitado el cierre de este caso.',
    postCode: 'Use de dos a ocho letras o cifras.',
    stationCode: 'Use una letra mayúscula, o una letra y una cifra o letra.',
    reference: 'No es una referencia de caso válida.',
    tooLong: 'Es demasiado largo.',
    tooMany: 'Hay demasiadas entradas.',
    choose: 'Elija una de las opciones.',
    amount: 'Escriba un importe igual o superior a cero.',
    steps: 'Los pasos de repatriación están incompletos.',
  },
} satisfies Translation<typeof en, 'es'>;
