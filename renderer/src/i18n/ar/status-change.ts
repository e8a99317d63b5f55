/** Arabic translation of ../en/status-change.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { statusChange as en } from '../en/status-change';
import type { Translation } from '../translation';

export const statusChange = {
  transition: {
    same_status: 'للملف هذه الحالة من قبل. اختر حالة مختلفة.',
    closure_reason_required: 'اختر سببًا لإغلاق الملف.',
    closure_reason_only_when_closing: 'لا يُذكر سبب الإغلاق إلا عند إغلاق الملف.',
    returned_needs_arrival: 'لا يمكن وضع الملف في حالة «عاد» إلا إذا كانت خطوة «الوصول إلى الوطن» منجزة.',
    returned_settled_needs_arrival: 'لا يمكن إغلاق الملف بسبب «عاد واستقر» إلا إذا كانت خطوة «الوصول إلى الوطن» منجزة.',
  },
} satisfies Translation<typeof en, 'ar'>;
