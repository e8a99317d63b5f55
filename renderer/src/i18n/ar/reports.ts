/** Arabic translation of ../en/reports.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reports as en } from '../en/reports';
import type { Translation } from '../translation';

export const reports = {
  reports: {
    savePdf: 'حفظ بصيغة PDF',
    savedAs: 'حُفظ التقرير باسم {{fileName, isolate}}.',
    saved: 'تم حفظ التقرير.',
    backToList: 'العودة إلى قائمة الملفات',
    backToGroup: 'العودة إلى المجموعة',
    preparedOn: 'تاريخ الإعداد',
    preparedBy: 'أعدّه',
    workstation: 'محطة العمل',
    workstationValue: '{{country}}، البعثة {{post}}',
    workstationCountry: 'بلد محطة العمل',
    confidential:
      'سرّي. يتضمن هذا التقرير بيانات شخصية لأشخاص معرّضين للخطر: لا تطلع عليه إلا من يحتاج إليه في عمله، وأتلفه حين تنتفي الحاجة إليه.',
    confidentialFamily: 'أعدّه الموظف القنصلي للعائلة. شخصي وسرّي.',
    caseload: {
      open: 'تقرير عبء الملفات',
      title: 'تقرير عبء الملفات',
      allCases: 'كل الملفات',
      filterPart: '{{label}}: {{value, isolate}}',
      total: 'الملفات',
      counting: 'جارٍ عدّ الملفات…',
      empty: 'لا يطابق أي ملف هذا التقرير.',
      counts: 'الملخص',
      byStatus: 'حسب الحالة',
      byContactStatus: 'حسب حالة التواصل',
      byNationality: 'حسب الجنسية',
      byMethod: 'حسب أسلوب التجنيد',
      bySituation: 'حسب الوضع الحالي',
      methodsNote: 'قد يكون للملف الواحد أكثر من أسلوب تجنيد، لذا قد يزيد مجموع هذه الأرقام على عدد الملفات.',
      casesColumn: 'الملفات',
      noneRecorded: 'لم يُسجَّل شيء',
      cases: 'الملفات',
      casesCaption: 'الملفات في هذا التقرير، حسب الرقم المرجعي',
      capped: 'يسرد الجدول الملفات الأولى حسب الرقم المرجعي، وعددها {{shown}} من أصل {{total}}؛ وتشمل الأرقام أعلاه كل الملفات. صدّر ملف CSV للحصول على القائمة الكاملة.',
    },
    case: {
      open: 'تقرير الملف',
      backToCase: 'العودة إلى الملف',
      audience: 'التقرير موجّه إلى',
      audiences: {
        internal: 'الموظفين القنصليين (داخلي)',
        family: 'العائلة (موجّه إلى العائلة)',
      },
      kickerInternal: 'تقرير الملف — داخلي',
      kickerFamily: 'تقرير الملف — للعائلة',
      title: 'الملف {{reference}}',
      withheld: 'حُذفت معلومات مكان الوجود وبيانات الاتصال: لم تُسجَّل موافقة على مشاركة المستجدات.',
      noContacts: 'لم يُسجَّل أي تواصل بعد.',
      contactLogCaption: 'سجل التواصل، الأقدم أولًا',
    },
  },
} satisfies Translation<typeof en, 'ar'>;
