/**
 * Word starts of section titles over text that is not this page's field: others' words (messages, notifications),
 * reviews, support, announcements, help and examples, things seen before. A label there quotes a value; it does not show the page's own.
 */
export const OTHERS_REGIONS: readonly string[] = [
  ...['mesaj', 'sohbet', 'yazışma', 'alıcı', 'bildirim', 'gelen kutusu', 'değerlendirme', 'yorum', 'destek', 'duyuru'], // tr
  ...['yardım', 'sıkça sorulan', 'sss', 'örnek', 'son görüntülenen'], // tr
  ...['message', 'chat', 'conversation', 'buyer', 'notification', 'inbox', 'review', 'comment', 'support', 'announcement'], // en
  ...['help', 'faq', 'example', 'recently viewed'], // en
  ...['сообщени', 'уведомлени', 'отзыв', 'поддержк', 'помощь', 'пример', 'недавно просмотрен'], // ru
];
