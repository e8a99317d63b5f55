/**
 * Known spellings of one person's name across the communities Homeward
 * serves: articles and particles written joined or apart, transliteration
 * variants, abbreviations, invisible characters. Each pair is two records
 * of the same nationality and birth year.
 */
import { describe, expect, it } from 'vitest';
import { duplicateReason, nameMatchKeys, type DuplicateProbe } from '../../../../shared/domain/duplicates';

function person(fullName: string): DuplicateProbe {
  return { fullName, otherNames: [], nationality: 'XX', dateOfBirth: '1994', passportNumber: '' };
}

const SAME_PERSON: readonly (readonly [string, string])[] = [
  // Arabic: articles joined, apart or assimilated; Abd bound to its name; bin / ibn / ould.
  ['Muhammad Alhassan', 'Mohammed Al-Hassan'],
  ['Mohamed Al Hassan', 'Muhammad Alhassan'],
  ['Abdulrahman Ali', 'Abd al-Rahman Ali'],
  ['Abdurrahman Yusuf', 'Abdul Rahman Yousef'],
  ['Abdirahman Warsame', 'Abdul Rahman Warsame'],
  ['Ahmed bin Salem Al-Harbi', 'Ahmad ibn Salim Alharbi'],
  ['Khalid Elsayed', 'Khaled El-Sayed'],
  ['Omar Alfarouk', 'Omar al-Faruq'],
  ['Hussein Abdallah', 'Husain Abdullah'],
  ['Abdelkader Bouzid', 'Abd el-Kader Bouzid'],
  ['Saif Aldeen Mahmoud', 'Saif al-Din Mahmud'],
  ['Nour Eldin Farag', 'Nur el-Din Farag'],
  ['Mahmoud Elmasry', 'Mahmud al-Masri'],
  ['Tariq Alrashid', 'Tarek Al-Rashid'],
  ['Salah Eddine Haddad', 'Salah al-Din Haddad'],
  ['Abderrahmane Ben Ali', 'Abdul Rahman bin Ali'],
  ['Youssef Ould Ahmed', 'Yusuf Ahmed'],
  ['Mohamed Ould Abdallahi', 'Mohamed Abdallahi'],
  ['Ali Hassan al-Tikriti', 'Aly Hasan Altikriti'],
  ['Abu Bakr Siddiq', 'Abubakar Siddiq'],
  ['Abdul Aziz Rahimi', 'Abdulaziz Rahimi'],
  // Russian and Central Asian.
  ['Alisher Usmonov', 'Алишер Усмонов'],
  ['Rustam Nazarov', 'Рустам Назаров'],
  ['Dzhamshed Rakhimov', 'Jamshid Rahimov'],
  ['Farrukh Tashkentov', 'Farukh Tashkentov'],
  ['Sherzod Yuldashev', 'Шерзод Юлдашев'],
  ['Nurlan Abdrakhmanov', 'Нурлан Абдрахманов'],
  ['Timur Ergashev', 'Temur Ergashev'],
  ['Bakhtiyor Karimov', 'Bakhtiyar Karimov'],
  ['Dmitriy Kuznetsov', 'Дмитрий Кузнецов'],
  ['Oleksandr Kovalenko', 'Aleksandr Kovalenko'],
  ['Ulugbek Mirzaev', 'Улугбек Мирзаев'],
  // South Asian.
  ['Mohd Rafiq Khan', 'Mohammed Rafiq Khan'],
  ['Md Abdul Karim', 'Mohammad Abdul Karim'],
  ['Gurpreet Singh', 'Gurprit Singh'],
  ['Ramesh Thapa', 'Ramesh Thappa'],
  ['Sandeep Kumar', 'Sandip Kumar'],
  ['Abdul Qadir Baloch', 'Abdulkadir Baloch'],
  ['Rajesh Kumar Yadav', 'Rajesh Kumar Jadav'],
  ['Shaikh Mohammed Iqbal', 'Sheikh Muhammad Ikbal'],
  // African.
  ['Thabo Mokoena', 'Tabo Mokoena'],
  ['Pieter van der Merwe', 'Pieter Vandermerwe'],
  ['Johannes du Plessis', 'Johannes Duplessis'],
  ['Mamadou Diallo', 'Mamadu Diallo'],
  ['Ousmane Sow', 'Usman Sow'],
  ['Samuel Otieno Ochieng', 'Samwel Otieno Ochieng'],
  ['Kwame Nkrumah Mensah', 'Kwame Nkruma Mensa'],
  ['Sipho Dlamini', 'Sifo Dlamini'],
  ['Maria de la Rosa', 'Maria Delarosa'],
  // Invisible characters typed or pasted into a name.
  ['Ramesh\u200b Th\u200dapa', 'Ramesh Thapa'],
  ['\u202eAhmed Salem', 'Ahmed Salem'],
];

const DIFFERENT_PEOPLE: readonly (readonly [string, string])[] = [
  ['Mohammed Al-Hassan', 'Mohammed Al-Hussein'],
  ['Ali bin Omar', 'Said bin Omar'],
  ['Abdul Rahman Ali', 'Abdul Karim Ali'],
  ['Pieter van der Merwe', 'Pieter van Wyk'],
  ['Daniel Mokoena', 'Niel Mokoena'],
  ['Emmanuel Okafor', 'Manuel Okafor'],
  ['Usama Haddad', 'Sama Haddad'],
  ['Alina Petrova', 'Lina Petrova'],
];

describe('duplicate names: known spellings of the same person', () => {
  it('has at least 40 pairs', () => {
    expect(SAME_PERSON.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SAME_PERSON)('%s = %s', (a, b) => {
    expect(duplicateReason(person(a), person(b))).toBe('name');
    expect(duplicateReason(person(b), person(a))).toBe('name');
  });

  it.each(SAME_PERSON)('%s and %s share an index key', (a, b) => {
    const theirs = new Set(nameMatchKeys([b]));
    expect(nameMatchKeys([a]).some((k) => theirs.has(k))).toBe(true);
  });
});

describe('duplicate names: different people stay apart', () => {
  it.each(DIFFERENT_PEOPLE)('%s ≠ %s', (a, b) => {
    expect(duplicateReason(person(a), person(b))).toBeNull();
  });
});
