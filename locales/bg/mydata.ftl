## "My data": what the bot keeps about a person (Bulgarian).

mydata-title = <b>Моите данни</b>
mydata-language = Език: { $name }
mydata-group = Посочихте за себе си: { $group }
mydata-none = не е посочено
mydata-consent = На { DATETIME($date, dateStyle: "long") } дадохте съгласие с уведомлението за поверителност.
mydata-records =
    { $kind ->
        [answers] Отговори на въпросника
        [responses] Започнати въпросници
        [votes] Гласове в допитвания
        [photos] Снимки
        [registrations] Записвания за срещи
        [subscriptions] Теми на съобщения
       *[other] Други записи
    }: { $count }
mydata-no-consent = Не сте дали съгласие с уведомлението за поверителност, затова пазя само вашия език.
mydata-change-group = Промяна на „Кое ви описва?“
mydata-delete = 🗑 Изтриване на всичките ми данни
mydata-delete-confirm = Да изтрия ли всичко, което пазя за вас: отговорите, гласовете, снимките и съгласието ви? Това не може да бъде отменено. Остава само вашият език, за да мога да ви отговарям.
mydata-delete-yes = Да, изтрийте всичко
mydata-delete-no = Не, запазете данните
mydata-deleted = Готово. Данните ви са изтрити. Пазим само вашия език. Винаги сте добре дошли отново.
