## "My data": what the bot keeps about a person, their own answers, the file with all of it,
## withdrawing consent and deleting everything (Russian).

mydata-title = <b>Мои данные</b>
mydata-language = Язык: { $name }
mydata-group = Вы указали о себе: { $group }
mydata-none = не указано
mydata-consent = Дата вашего согласия с уведомлением о конфиденциальности: { DATETIME($date, dateStyle: "long") }
mydata-consent-withdrawn = Дата отзыва вашего согласия: { DATETIME($date, dateStyle: "long") } С тех пор мы не собираем у вас ничего нового.
mydata-kept = <b>Что мы храним</b>
mydata-records =
    { $kind ->
        [finished] Завершённые анкеты
        [unfinished] Незавершённые анкеты
        [answers] Ответы в анкетах
        [votes] Голоса в опросах
        [photos] Фото
        [registrations] Записи на встречи
        [subscriptions] Темы объявлений
       *[other] Другие записи
    }: { $count }
mydata-nothing-kept = Мы не храним ваших ответов, голосов или фото.
mydata-no-consent = Вы не согласились с уведомлением о конфиденциальности, поэтому я храню только ваш язык.
mydata-answers = 📄 Мои ответы
mydata-export = 📥 Скачать все мои данные (файл)
mydata-change-group = Изменить ответ «Какой вариант вам подходит?»
mydata-withdraw = ✋ Отозвать моё согласие
mydata-delete = 🗑 Удалить все мои данные
mydata-back = ⬅️ Мои данные

## My answers

mydata-answers-title = <b>Мои ответы</b>
mydata-answers-title-paged = <b>Мои ответы</b> · страница { $page } из { $pages }
mydata-answers-none = Вы ещё не отвечали на анкету или опрос.
mydata-answers-finished =
    <b>{ $title }</b>
    Дата завершения: { DATETIME($date, dateStyle: "long") }
mydata-answers-unfinished =
    <b>{ $title }</b>
    Заполнение не завершено. Последний ответ: { DATETIME($date, dateStyle: "long") }
mydata-answers-polls = <b>Опросы</b>
mydata-answers-old-form = Эта версия анкеты больше не используется, поэтому её вопросы нельзя показать здесь. Ваши ответы есть в файле со всеми вашими данными.
mydata-answer-item =
    <b>{ $question }</b>
    { $answer }
mydata-answer-skipped = (пропущено)
mydata-answer-photo = 📷 фото
mydata-answer-date = { DATETIME($date, dateStyle: "long") }
mydata-answer-rating = { $value } (от { $min } — «{ $low }» до { $max } — «{ $high }»)
mydata-answers-previous = ‹ Предыдущая страница
mydata-answers-next = Следующая страница ›

## The file with all my data

mydata-export-caption = Все ваши данные в одном файле (JSON). Любой, у кого есть этот файл, может прочитать ваши ответы, поэтому храните его в надёжном месте.
mydata-export-about = Всё, что бот Аудита интеграции города София хранит о вас, на день вашего запроса. Коды указаны так, как они хранятся; тексты рядом с ними — на вашем языке.

## Withdrawing consent

mydata-withdraw-confirm =
    <b>Отозвать ваше согласие?</b>

    После этого мы не будем собирать у вас ничего нового. Чтобы снова отвечать на анкету, голосовать или отправлять фото, нужно будет снова дать согласие с уведомлением о конфиденциальности.

    Что сделать с тем, что вы уже передали? Выбор за вами:
    <b>Оставить мои ответы для исследования:</b> ваши ответы, голоса и фото остаются у команды аудита. Они используются только в отчётах с общими цифрами и псевдонимами. Фото, показанные публично, снимаются с показа. Сведения о том, какая группа вас описывает, удаляются. Мы храним даты, когда вы дали и отозвали согласие.
    <b>Удалить всё:</b> все ваши ответы, голоса, фото и истории удаляются. Остаётся только ваш язык.
mydata-withdraw-keep = ✋ Отозвать, ответы оставить для исследования
mydata-withdraw-delete = 🗑 Отозвать и удалить всё
mydata-withdraw-no = Нет, согласие остаётся
mydata-withdrawn = Готово. Ваше согласие отозвано. Мы не собираем у вас ничего нового. Ваши прежние ответы остаются у команды аудита. Здесь вы по-прежнему можете их посмотреть, скачать или удалить.

## Deleting everything

mydata-delete-confirm = Удалить всё, что я храню о вас: ответы на анкеты и опросы, фото и истории, какая группа вас описывает, и ваше согласие? Это нельзя отменить. Останется только ваш язык, чтобы бот мог вам отвечать.
mydata-delete-yes = Да, удалить всё
mydata-delete-no = Нет, оставить
mydata-deleted = Готово. Ваши данные удалены. Сохранён только ваш язык. Наши прежние сообщения в этом чате, с вашими ответами, остаются в Telegram, пока вы не удалите чат. Возвращайтесь в любое время, мы будем рады.
