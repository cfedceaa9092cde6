## "My data": what the bot keeps about a person (Ukrainian).

mydata-title = <b>Мої дані</b>
mydata-language = Мова: { $name }
mydata-group = Ви вказали про себе: { $group }
mydata-none = не вказано
mydata-consent = Дата вашої згоди з повідомленням про конфіденційність: { DATETIME($date, dateStyle: "long") }
mydata-records =
    { $kind ->
        [answers] Відповіді в анкеті
        [responses] Розпочаті анкети
        [votes] Голоси в опитуваннях
        [photos] Фото
        [registrations] Реєстрації на зустрічі
        [subscriptions] Теми оголошень
       *[other] Інші записи
    }: { $count }
mydata-no-consent = Ви не погодилися з повідомленням про конфіденційність, тому я зберігаю лише вашу мову.
mydata-change-group = Змінити відповідь «Який варіант вам підходить?»
mydata-delete = 🗑 Видалити всі мої дані
mydata-delete-confirm = Видалити все, що я зберігаю про вас: відповіді, голоси, фото і вашу згоду? Це не можна скасувати. Залишиться лише ваша мова, щоб бот міг вам відповідати.
mydata-delete-yes = Так, видалити все
mydata-delete-no = Ні, залишити
mydata-deleted = Готово. Ваші дані видалено. Збережено лише вашу мову. Повертайтеся будь-коли, ми будемо раді.
