## "My data": what the bot keeps about a person (Russian).

mydata-title = <b>Мои данные</b>
mydata-language = Язык: { $name }
mydata-group = Вы указали о себе: { $group }
mydata-none = не указано
mydata-consent = Дата вашего согласия с уведомлением о конфиденциальности: { DATETIME($date, dateStyle: "long") }
mydata-records =
    { $kind ->
        [answers] Ответы в анкете
        [responses] Начатые анкеты
        [votes] Голоса в опросах
        [photos] Фото
        [registrations] Записи на встречи
        [subscriptions] Темы объявлений
       *[other] Другие записи
    }: { $count }
mydata-no-consent = Вы не согласились с уведомлением о конфиденциальности, поэтому я храню только ваш язык.
mydata-change-group = Изменить ответ «Какой вариант вам подходит?»
mydata-delete = 🗑 Удалить все мои данные
mydata-delete-confirm = Удалить всё, что я храню о вас: ответы, голоса, фото и ваше согласие? Это нельзя отменить. Останется только ваш язык, чтобы бот мог вам отвечать.
mydata-delete-yes = Да, удалить всё
mydata-delete-no = Нет, оставить
mydata-deleted = Готово. Ваши данные удалены. Сохранён только ваш язык. Возвращайтесь в любое время, мы будем рады.
