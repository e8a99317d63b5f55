/** French translation of ../../en/common/validation.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { validation as en } from '../../en/common/validation';
import type { Translation } from '../../translation';

export const validation = {
  validation: {
    required: 'Renseignez ce champ.',
    requiredField: 'Renseignez « {{field}} ».',
    invalid: 'Cette valeur n’est pas valide.',
    invalidDate: 'Saisissez une date au format AAAA-MM-JJ.',
    invalidPartialDate: 'Saisissez une année (1994), une année et un mois (1994-03) ou une date complète (1994-03-07).',
    dateInFuture: 'Cette date est dans le futur.',
    country: 'Choisissez un pays dans la liste.',
    currency: 'Saisissez un code de devise de trois lettres, comme USD.',
    phone: 'Saisissez un numéro de téléphone valide avec son indicatif de pays, par exemple +27 82 123 4567.',
    email: 'Saisissez une adresse électronique valide.',
    passport: 'Utilisez uniquement des lettres, des chiffres, des espaces et des tirets.',
    passphraseTooShort: 'Utilisez au moins 10 caractères.',
    passphraseMismatch: 'Les deux phrases de passe ne sont pas identiques.',
    lastSupervisor: 'C’est le dernier superviseur actif : ajoutez ou activez d’abord un autre superviseur.',
    closureAlreadyRequested: 'La clôture de ce dossier a déjà été demandée.',
    postCode: 'Utilisez de deux à huit lettres ou chiffres.',
    stationCode: 'Utilisez une lettre majuscule, ou une lettre suivie d’un chiffre ou d’une lettre.',
    reference: 'Ce n’est pas une référence de dossier valide.',
    tooLong: 'C’est trop long.',
    tooMany: 'Il y a trop d’entrées.',
    choose: 'Choisissez l’une des options.',
    amount: 'Saisissez un montant égal ou supérieur à zéro.',
    steps: 'Les étapes du rapatriement sont incomplètes.',
  },
} satisfies Translation<typeof en, 'fr'>;
