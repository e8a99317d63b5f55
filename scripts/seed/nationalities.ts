/**
 * Who the generated cases are: nationalities weighted roughly like the public
 * reporting on foreigners recruited into the Russian army (Central Asia, South
 * Asia, Africa, Cuba, a tail of others), each with the names, towns, phone
 * numbers, passports and languages its cases are made of.
 *
 * A name part is its Latin (passport) spelling, optionally with its spelling
 * in the community's own script. Cyrillic spellings are not listed: they are
 * transcribed (see names.ts), as Russian documents do.
 */
import type { Random } from './random';

export type NamePart = string | readonly [latin: string, native: string];

export interface Community {
  weight: number;
  male: readonly NamePart[];
  female: readonly NamePart[];
  family: readonly NamePart[];
  /** Family names take a feminine ending for women (Rahimov → Rahimova). */
  feminineFamily?: boolean;
  /** Cubans carry two family names. */
  twoFamilyNames?: boolean;
  /** The community writes in Cyrillic: the transcribed name is its own spelling. */
  cyrillic?: boolean;
}

export type Region = 'central_asia' | 'south_asia' | 'africa' | 'caribbean' | 'middle_east' | 'europe';

export interface Nationality {
  code: string;
  weight: number;
  region: Region;
  /** Plural noun for group names ("South Africans"). */
  demonym: string;
  /** Mobile numbers: E.164 prefix and how many random digits follow it (each checked valid in the tests). */
  phone: readonly [prefix: string, digits: number];
  passportLetters: string;
  towns: readonly string[];
  languages: readonly string[];
  /** Countries recruits commonly pass through on the way. */
  routes: readonly (readonly string[])[];
  communities: readonly Community[];
}

const MUSLIM_ARABIC_SCRIPT: Pick<Community, 'male' | 'family'> = {
  male: [['Mohammed', 'محمد'], ['Ahmad', 'أحمد'], ['Ali', 'علي'], ['Omar', 'عمر'], ['Khaled', 'خالد'], ['Hassan', 'حسن'], ['Hussein', 'حسين'], ['Mahmoud', 'محمود'], ['Yousef', 'يوسف'], ['Abdullah', 'عبدالله'], ['Ibrahim', 'إبراهيم']],
  family: [['Al-Hassan', 'الحسن'], ['Haddad', 'حداد'], ['Khalil', 'خليل'], ['Mansour', 'منصور'], ['Saleh', 'صالح'], ['Al-Jaburi', 'الجبوري'], ['Darwish', 'درويش'], ['Nasser', 'ناصر'], ['Hamdan', 'حمدان']],
};
const ARAB_WOMEN: readonly NamePart[] = [['Fatima', 'فاطمة'], ['Mariam', 'مريم'], ['Huda', 'هدى']];

export const NATIONALITIES: readonly Nationality[] = [
  {
    code: 'TJ', weight: 8, region: 'central_asia', demonym: 'Tajiks', phone: ['+99293', 7], passportLetters: 'A',
    towns: ['Dushanbe', 'Khujand', 'Kulob', 'Bokhtar', 'Istaravshan', 'Panjakent'], languages: ['Tajik', 'Russian'], routes: [[]],
    communities: [{
      weight: 1, feminineFamily: true, cyrillic: true,
      male: ['Farrukh', 'Jamshed', 'Firdavs', 'Rustam', 'Bakhtiyor', 'Sherzod', 'Dilshod', 'Umed', 'Behruz', 'Davron', 'Abdullo', 'Khurshed', 'Parviz', 'Suhrob', 'Muhammad', 'Siyovush', 'Komron'],
      female: ['Malika', 'Nigina', 'Zarina', 'Madina'],
      family: ['Rahimov', 'Nazarov', 'Saidov', 'Karimov', 'Sharipov', 'Davlatov', 'Rajabov', 'Safarov', 'Kholov', 'Mirzoev', 'Odinaev', 'Qodirov', 'Sangov', 'Boboev'],
    }],
  },
  {
    code: 'UZ', weight: 9, region: 'central_asia', demonym: 'Uzbeks', phone: ['+99890', 7], passportLetters: 'FA',
    towns: ['Tashkent', 'Samarkand', 'Namangan', 'Andijan', 'Fergana', 'Bukhara', 'Karshi'], languages: ['Uzbek', 'Russian'], routes: [[], ['KZ']],
    communities: [{
      weight: 1, feminineFamily: true, cyrillic: true,
      male: ['Aziz', 'Bekzod', 'Jasur', 'Sardor', 'Otabek', 'Ulugbek', 'Shohruh', 'Sanjar', 'Jahongir', 'Muhammad', 'Akmal', 'Bobur', 'Doniyor', 'Eldor'],
      female: ['Dilnoza', 'Gulnora', 'Shakhnoza'],
      family: ['Yusupov', 'Tursunov', 'Abdullaev', 'Rakhimov', 'Ismoilov', 'Ergashev', 'Normatov', 'Kadyrov', 'Sobirov', 'Mirzaev', 'Khodjaev', 'Alimov'],
    }],
  },
  {
    code: 'KG', weight: 6, region: 'central_asia', demonym: 'Kyrgyz citizens', phone: ['+996555', 6], passportLetters: 'AC',
    towns: ['Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Tokmok', 'Naryn'], languages: ['Kyrgyz', 'Russian'], routes: [[], ['KZ']],
    communities: [{
      weight: 1, feminineFamily: true, cyrillic: true,
      male: ['Nurlan', 'Azamat', 'Bakyt', 'Tilek', 'Ermek', 'Adilet', 'Kanat', 'Bekbolot', 'Ulan', 'Talant', 'Aibek', 'Marat'],
      female: ['Aigerim', 'Aizada', 'Nurgul'],
      family: ['Abdyldaev', 'Asanov', 'Toktogulov', 'Sydykov', 'Mamatov', 'Osmonov', 'Zhumabaev', 'Beishenaliev', 'Turdubaev', 'Kasymov'],
    }],
  },
  {
    code: 'KZ', weight: 4, region: 'central_asia', demonym: 'Kazakhs', phone: ['+7701', 7], passportLetters: 'N',
    towns: ['Almaty', 'Shymkent', 'Astana', 'Karaganda', 'Aktobe', 'Taraz'], languages: ['Kazakh', 'Russian'], routes: [[]],
    communities: [{
      weight: 1, feminineFamily: true, cyrillic: true,
      male: ['Yerlan', 'Daniyar', 'Nursultan', 'Arman', 'Askar', 'Serik', 'Yerzhan', 'Bauyrzhan', 'Aidos', 'Timur', 'Ruslan', 'Dauren'],
      female: ['Aruzhan', 'Dana', 'Madina'],
      family: ['Nurlanov', 'Akhmetov', 'Seitkaliev', 'Zhaksybekov', 'Omarov', 'Suleimenov', 'Bekov', 'Iskakov', 'Abenov', 'Tokayev'],
    }],
  },
  {
    code: 'NP', weight: 12, region: 'south_asia', demonym: 'Nepali nationals', phone: ['+977984', 7], passportLetters: 'PA',
    towns: ['Kathmandu', 'Pokhara', 'Butwal', 'Dharan', 'Syangja', 'Rolpa', 'Gorkha'], languages: ['Nepali', 'English'], routes: [['IN'], ['IN', 'AE'], ['AE']],
    communities: [{
      weight: 1,
      male: [['Ramesh', 'रमेश'], ['Bikash', 'बिकास'], ['Sagar', 'सागर'], ['Suman', 'सुमन'], ['Prakash', 'प्रकाश'], ['Krishna', 'कृष्ण'], ['Santosh', 'सन्तोष'], ['Hari', 'हरि'], ['Binod', 'बिनोद'], ['Dipendra', 'दीपेन्द्र'], ['Anil', 'अनिल'], ['Sunil', 'सुनिल'], ['Rajesh', 'राजेश']],
      female: [['Sita', 'सीता'], ['Gita', 'गीता'], ['Sunita', 'सुनिता']],
      family: [['Thapa', 'थापा'], ['Gurung', 'गुरुङ'], ['Magar', 'मगर'], ['Rai', 'राई'], ['Tamang', 'तामाङ'], ['Shrestha', 'श्रेष्ठ'], ['Karki', 'कार्की'], ['Bhandari', 'भण्डारी'], ['Limbu', 'लिम्बु'], ['Adhikari', 'अधिकारी']],
    }],
  },
  {
    code: 'IN', weight: 6, region: 'south_asia', demonym: 'Indian nationals', phone: ['+9198', 8], passportLetters: 'Z',
    towns: ['Hyderabad', 'Surat', 'Amritsar', 'Lucknow', 'Thiruvananthapuram', 'Ludhiana', 'Patna'], languages: ['Hindi', 'English'], routes: [['AE'], []],
    communities: [
      {
        weight: 6,
        male: [['Amit', 'अमित'], ['Rahul', 'राहुल'], ['Vikram', 'विक्रम'], ['Sandeep', 'संदीप'], ['Arjun', 'अर्जुन'], ['Rohit', 'रोहित'], ['Manoj', 'मनोज'], ['Ravi', 'रवि'], ['Ajay', 'अजय'], ['Deepak', 'दीपक']],
        female: [['Priya', 'प्रिया'], ['Anjali', 'अंजलि']],
        family: [['Kumar', 'कुमार'], ['Sharma', 'शर्मा'], ['Yadav', 'यादव'], ['Patel', 'पटेल'], ['Verma', 'वर्मा'], ['Gupta', 'गुप्ता'], ['Chauhan', 'चौहान']],
      },
      { weight: 2, male: ['Gurpreet', 'Harpreet', 'Manpreet', 'Jaswinder', 'Kulwinder'], female: ['Simran'], family: ['Singh', 'Gill', 'Sandhu', 'Dhillon'] },
      {
        weight: 2,
        male: [['Mohammed', 'محمد'], ['Imran', 'عمران'], ['Sufiyan', 'سفیان'], ['Faisal', 'فیصل'], ['Arif', 'عارف']],
        female: [['Ayesha', 'عائشہ']],
        family: [['Khan', 'خان'], ['Ansari', 'انصاری'], ['Qureshi', 'قریشی'], ['Shaikh', 'شیخ']],
      },
    ],
  },
  {
    code: 'LK', weight: 6, region: 'south_asia', demonym: 'Sri Lankans', phone: ['+9477', 7], passportLetters: 'N',
    towns: ['Colombo', 'Kandy', 'Galle', 'Kurunegala', 'Jaffna', 'Matara'], languages: ['Sinhala', 'Tamil', 'English'], routes: [['AE'], []],
    communities: [
      {
        weight: 4,
        male: [['Nuwan', 'නුවන්'], ['Kasun', 'කසුන්'], ['Chaminda', 'චමින්ද'], ['Ruwan', 'රුවන්'], ['Lahiru', 'ලහිරු'], ['Dinesh', 'දිනේෂ්'], 'Sampath', 'Pradeep'],
        female: ['Dilini', 'Nadeesha'],
        family: [['Perera', 'පෙරේරා'], ['Silva', 'සිල්වා'], ['Bandara', 'බණ්ඩාර'], ['Jayasinghe', 'ජයසිංහ'], ['Dissanayake', 'දිසානායක'], 'Fernando', 'Wickramasinghe'],
      },
      { weight: 1, male: ['Suresh', 'Kumaran', 'Rajendran', 'Tharshan'], female: ['Kavitha'], family: ['Sivakumar', 'Navaratnam', 'Selvarajah', 'Yogarajah'] },
    ],
  },
  {
    code: 'BD', weight: 3, region: 'south_asia', demonym: 'Bangladeshis', phone: ['+88017', 8], passportLetters: 'EB',
    towns: ['Dhaka', 'Chattogram', 'Sylhet', 'Khulna', 'Comilla', 'Noakhali'], languages: ['Bengali'], routes: [['AE'], ['SA']],
    communities: [{
      weight: 1,
      male: [['Mohammad', 'মোহাম্মদ'], ['Rahim', 'রহিম'], ['Karim', 'করিম'], ['Shakil', 'শাকিল'], ['Rasel', 'রাসেল'], ['Sumon', 'সুমন'], ['Jahid', 'জাহিদ'], ['Rakib', 'রাকিব'], ['Arif', 'আরিফ'], ['Abdul', 'আব্দুল']],
      female: ['Nasrin', 'Shirin'],
      family: [['Hossain', 'হোসেন'], ['Rahman', 'রহমান'], ['Islam', 'ইসলাম'], ['Ahmed', 'আহমেদ'], ['Uddin', 'উদ্দিন'], ['Miah', 'মিয়া'], ['Chowdhury', 'চৌধুরী'], ['Sarker', 'সরকার']],
    }],
  },
  {
    code: 'KE', weight: 4, region: 'africa', demonym: 'Kenyans', phone: ['+254712', 6], passportLetters: 'AK',
    towns: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Thika'], languages: ['Swahili', 'English'], routes: [['AE'], ['TR'], ['AE', 'TR']],
    communities: [{
      weight: 1,
      male: ['Brian', 'Kevin', 'Dennis', 'Collins', 'Evans', 'Peter', 'Joseph', 'Emmanuel', 'Victor', 'Samuel', 'Kelvin'],
      female: ['Faith', 'Mercy', 'Esther', 'Joy'],
      family: ['Otieno', 'Ochieng', 'Kamau', 'Mwangi', 'Wanjala', 'Kiprop', 'Njoroge', 'Omondi', 'Mutua', 'Kariuki'],
    }],
  },
  {
    code: 'ZA', weight: 2.5, region: 'africa', demonym: 'South Africans', phone: ['+2782', 7], passportLetters: 'A',
    towns: ['Durban', 'Soweto', 'Pietermaritzburg', 'Pretoria', 'Gqeberha', 'Polokwane'], languages: ['Zulu', 'English'], routes: [['AE'], ['TR']],
    communities: [{
      weight: 1,
      male: ['Sipho', 'Thabo', 'Bongani', 'Mandla', 'Lungile', 'Kagiso', 'Themba', 'Sibusiso', 'Johan', 'Pieter', 'Thulani'],
      female: ['Nomsa', 'Thandeka', 'Lerato'],
      family: ['Dlamini', 'Nkosi', 'Zulu', 'Khumalo', 'Mokoena', 'Ndlovu', 'Mahlangu', 'Botha', 'van der Merwe', 'Mthembu'],
    }],
  },
  {
    code: 'CM', weight: 5, region: 'africa', demonym: 'Cameroonians', phone: ['+23767', 7], passportLetters: 'AA',
    towns: ['Douala', 'Yaoundé', 'Bafoussam', 'Bamenda', 'Garoua', 'Ebolowa'], languages: ['French', 'English'], routes: [['TR'], ['MA', 'TR']],
    communities: [{
      weight: 1,
      male: ['Émile', 'Jean-Paul', 'Franck', 'Serge', 'Hervé', 'Patrice', 'Blaise', 'Yannick', 'Arnaud', 'Rodrigue'],
      female: ['Aïcha', 'Brigitte', 'Christelle'],
      family: ['Ngoma', 'Mbarga', 'Nkoulou', 'Tchoupo', 'Fotso', 'Ebogo', 'Kamga', 'Manga', 'Ndjock', 'Essomba'],
    }],
  },
  {
    code: 'NG', weight: 3, region: 'africa', demonym: 'Nigerians', phone: ['+234803', 7], passportLetters: 'A',
    towns: ['Lagos', 'Enugu', 'Kano', 'Ibadan', 'Port Harcourt', 'Abuja'], languages: ['English', 'Yoruba', 'Igbo', 'Hausa'], routes: [['AE'], ['TR']],
    communities: [
      { weight: 1, male: ['Chinedu', 'Emeka', 'Chukwuemeka', 'Obinna', 'Ikenna'], female: ['Ngozi', 'Adaeze'], family: ['Okafor', 'Okonkwo', 'Eze', 'Nwosu', 'Obi'] },
      { weight: 1, male: ['Oluwaseun', 'Tunde', 'Ayodele', 'Segun', 'Femi'], female: ['Funmilayo', 'Bisola'], family: ['Adeyemi', 'Ogunleye', 'Balogun', 'Adebayo', 'Olawale'] },
      { weight: 1, male: ['Ibrahim', 'Musa', 'Abubakar', 'Yusuf', 'Muhammad'], female: ['Aisha', 'Zainab'], family: ['Bello', 'Abdullahi', 'Danjuma', 'Garba', 'Usman'] },
    ],
  },
  {
    code: 'GH', weight: 3, region: 'africa', demonym: 'Ghanaians', phone: ['+23324', 7], passportLetters: 'G',
    towns: ['Accra', 'Kumasi', 'Tamale', 'Takoradi', 'Cape Coast', 'Ho'], languages: ['English', 'Twi'], routes: [['AE'], ['TR']],
    communities: [{
      weight: 1,
      male: ['Kwame', 'Kofi', 'Kwaku', 'Yaw', 'Kojo', 'Ebenezer', 'Isaac', 'Emmanuel', 'Prince'],
      female: ['Ama', 'Akosua', 'Abena'],
      family: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Appiah', 'Osei', 'Agyemang', 'Addo', 'Ofori'],
    }],
  },
  {
    code: 'ET', weight: 2.5, region: 'africa', demonym: 'Ethiopians', phone: ['+2519', 8], passportLetters: 'EP',
    towns: ['Addis Ababa', 'Dire Dawa', 'Mekelle', 'Gondar', 'Hawassa', 'Bahir Dar'], languages: ['Amharic', 'English'], routes: [['AE'], ['TR']],
    communities: [{
      weight: 1,
      male: [['Abebe', 'አበበ'], ['Dawit', 'ዳዊት'], ['Yonas', 'ዮናስ'], ['Tesfaye', 'ተስፋዬ'], ['Bereket', 'በረከት'], ['Mulugeta', 'ሙሉጌታ'], ['Henok', 'ሄኖክ'], ['Tewodros', 'ቴዎድሮስ'], ['Solomon', 'ሰሎሞን']],
      female: [['Meron', 'ሜሮን'], ['Hana', 'ሃና'], ['Selam', 'ሰላም']],
      family: [['Tadesse', 'ታደሰ'], ['Bekele', 'በቀለ'], ['Haile', 'ኃይሌ'], ['Girma', 'ግርማ'], ['Alemu', 'አለሙ'], ['Kebede', 'ከበደ'], ['Wolde', 'ወልዴ'], ['Getachew', 'ጌታቸው']],
    }],
  },
  {
    code: 'CU', weight: 11, region: 'caribbean', demonym: 'Cubans', phone: ['+535', 7], passportLetters: 'K',
    towns: ['Havana', 'Santiago de Cuba', 'Camagüey', 'Holguín', 'Santa Clara', 'Matanzas'], languages: ['Spanish'], routes: [[]],
    communities: [{
      weight: 1, twoFamilyNames: true,
      male: ['Yosvany', 'Yunior', 'Dayron', 'Alexei', 'Yoandri', 'Raúl', 'Lázaro', 'Osmany', 'Yasmani', 'Yuniel', 'Reinier', 'Ernesto'],
      female: ['Yanelis', 'Dayana', 'Yaima'],
      family: ['González', 'Rodríguez', 'Pérez', 'Hernández', 'García', 'Díaz', 'Fernández', 'Martínez', 'Rivero', 'Castillo'],
    }],
  },
  {
    code: 'SY', weight: 2.5, region: 'middle_east', demonym: 'Syrians', phone: ['+96393', 7], passportLetters: 'N',
    towns: ['Damascus', 'Aleppo', 'Homs', 'Latakia', 'Hama'], languages: ['Arabic'], routes: [[], ['LB']],
    communities: [{ weight: 1, ...MUSLIM_ARABIC_SCRIPT, female: ARAB_WOMEN }],
  },
  {
    code: 'IQ', weight: 1.5, region: 'middle_east', demonym: 'Iraqis', phone: ['+96477', 8], passportLetters: 'A',
    towns: ['Baghdad', 'Basra', 'Mosul', 'Najaf', 'Kirkuk'], languages: ['Arabic'], routes: [[], ['TR']],
    communities: [{ weight: 1, ...MUSLIM_ARABIC_SCRIPT, female: ARAB_WOMEN }],
  },
  {
    code: 'YE', weight: 1, region: 'middle_east', demonym: 'Yemenis', phone: ['+96777', 7], passportLetters: 'N',
    towns: ["Sana'a", 'Aden', 'Taiz', 'Hodeidah'], languages: ['Arabic'], routes: [['OM'], ['AE']],
    communities: [{ weight: 1, ...MUSLIM_ARABIC_SCRIPT, female: ARAB_WOMEN }],
  },
  {
    code: 'EG', weight: 1, region: 'middle_east', demonym: 'Egyptians', phone: ['+2010', 8], passportLetters: 'A',
    towns: ['Cairo', 'Alexandria', 'Giza', 'Asyut', 'Mansoura'], languages: ['Arabic'], routes: [[], ['TR']],
    communities: [{ weight: 1, ...MUSLIM_ARABIC_SCRIPT, female: ARAB_WOMEN }],
  },
  {
    code: 'AF', weight: 1, region: 'middle_east', demonym: 'Afghans', phone: ['+9370', 7], passportLetters: 'P',
    towns: ['Kabul', 'Herat', 'Mazar-i-Sharif', 'Kandahar'], languages: ['Dari', 'Pashto'], routes: [['IR'], ['IR', 'TR']],
    communities: [{
      weight: 1,
      male: [['Ahmad', 'احمد'], ['Mohammad', 'محمد'], 'Farid', 'Jawad', 'Naveed', 'Abdul'],
      female: ['Farzana'],
      family: [['Rahimi', 'رحیمی'], ['Karimi', 'کریمی'], ['Hakimi', 'حکیمی'], ['Ahmadzai', 'احمدزی'], 'Popal'],
    }],
  },
  {
    code: 'UG', weight: 1.5, region: 'africa', demonym: 'Ugandans', phone: ['+25677', 7], passportLetters: 'B',
    towns: ['Kampala', 'Gulu', 'Mbarara', 'Jinja'], languages: ['English', 'Luganda'], routes: [['AE']],
    communities: [{ weight: 1, male: ['John', 'Moses', 'Ronald', 'Isaac', 'Brian', 'Godfrey'], female: ['Grace', 'Sarah'], family: ['Okello', 'Mugisha', 'Ssemakula', 'Tumusiime', 'Kato', 'Namara'] }],
  },
  {
    code: 'RW', weight: 1, region: 'africa', demonym: 'Rwandans', phone: ['+25078', 7], passportLetters: 'PC',
    towns: ['Kigali', 'Huye', 'Musanze', 'Rubavu'], languages: ['Kinyarwanda', 'French', 'English'], routes: [['AE']],
    communities: [{ weight: 1, male: ['Jean-Claude', 'Eric', 'Patrick', 'Innocent', 'Olivier'], female: ['Clarisse', 'Aline'], family: ['Habimana', 'Niyonzima', 'Uwimana', 'Mugabo', 'Nshimiyimana'] }],
  },
  {
    code: 'ZM', weight: 1, region: 'africa', demonym: 'Zambians', phone: ['+26097', 7], passportLetters: 'ZN',
    towns: ['Lusaka', 'Kitwe', 'Ndola', 'Livingstone'], languages: ['English', 'Bemba'], routes: [['AE']],
    communities: [{ weight: 1, male: ['Mwansa', 'Chanda', 'Bwalya', 'Joseph', 'Lemekani'], female: ['Mutinta', 'Chileshe'], family: ['Banda', 'Phiri', 'Mulenga', 'Tembo', 'Zulu'] }],
  },
  {
    code: 'SN', weight: 1, region: 'africa', demonym: 'Senegalese', phone: ['+22177', 7], passportLetters: 'A',
    towns: ['Dakar', 'Thiès', 'Saint-Louis', 'Touba'], languages: ['French', 'Wolof'], routes: [['MA'], ['TR']],
    communities: [{ weight: 1, male: ['Moussa', 'Abdoulaye', 'Mamadou', 'Cheikh', 'Ousmane'], female: ['Awa', 'Fatou'], family: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo'] }],
  },
  {
    code: 'TG', weight: 1, region: 'africa', demonym: 'Togolese', phone: ['+22890', 6], passportLetters: 'C',
    towns: ['Lomé', 'Sokodé', 'Kara', 'Kpalimé'], languages: ['French', 'Ewe'], routes: [['TR']],
    communities: [{ weight: 1, male: ['Komlan', 'Kodjo', 'Yao', 'Kossi', 'Edem'], female: ['Afi', 'Akouvi'], family: ['Agbeko', 'Amegah', 'Mensah', 'Kpodar', 'Adjovi'] }],
  },
  {
    code: 'RS', weight: 1, region: 'europe', demonym: 'Serbians', phone: ['+38164', 7], passportLetters: '0',
    towns: ['Belgrade', 'Novi Sad', 'Niš', 'Kragujevac'], languages: ['Serbian'], routes: [[], ['TR']],
    communities: [{
      weight: 1,
      male: [['Nikola', 'Никола'], ['Marko', 'Марко'], ['Stefan', 'Стефан'], ['Miloš', 'Милош'], ['Dragan', 'Драган'], ['Nemanja', 'Немања']],
      female: [['Jelena', 'Јелена']],
      family: [['Jovanović', 'Јовановић'], ['Petrović', 'Петровић'], ['Nikolić', 'Николић'], ['Marković', 'Марковић'], ['Đorđević', 'Ђорђевић']],
    }],
  },
  {
    code: 'MD', weight: 1, region: 'europe', demonym: 'Moldovans', phone: ['+37369', 6], passportLetters: 'B',
    towns: ['Chișinău', 'Bălți', 'Tiraspol', 'Cahul'], languages: ['Romanian', 'Russian'], routes: [[]],
    communities: [{ weight: 1, male: ['Ion', 'Vasile', 'Andrei', 'Sergiu', 'Mihai'], female: ['Elena', 'Natalia'], family: ['Rusu', 'Ceban', 'Popescu', 'Cojocaru', 'Munteanu'] }],
  },
];

/** A mobile number of the nationality's numbering plan, in E.164. */
export function phoneNumber(nationality: Nationality, random: Random): string {
  const [prefix, digits] = nationality.phone;
  let number = prefix;
  for (let i = 0; i < digits; i += 1) number += String(random.int(0, 9));
  return number;
}

/** Unique within a nationality: the case's serial number scrambled over seven digits (7919 is prime, so no two serials below 10⁷ meet). */
export function passportNumber(nationality: Nationality, serial: number): string {
  return `${nationality.passportLetters}${String((serial * 7919 + 1_234_567) % 10_000_000).padStart(7, '0')}`;
}
