## "My data": what the bot keeps about a person, their own answers, the file with all of it,
## withdrawing consent and deleting everything (Bulgarian).

mydata-title = <b>Моите данни</b>
mydata-language = Език: { $name }
mydata-group = Посочихте за себе си: { $group }
mydata-none = не е посочено
mydata-consent = На { DATETIME($date, dateStyle: "long") } дадохте съгласие с уведомлението за поверителност.
mydata-consent-withdrawn = На { DATETIME($date, dateStyle: "long") } оттеглихте съгласието си. Оттогава не събираме нищо ново от вас.
mydata-kept = <b>Какво пазим от вас</b>
mydata-records =
    { $kind ->
        [finished] Завършени въпросници
        [unfinished] Незавършени въпросници
        [answers] Отговори на въпросници
        [votes] Гласове в допитвания
        [photos] Снимки
        [registrations] Записвания за срещи
        [subscriptions] Теми на съобщения
       *[other] Други записи
    }: { $count }
mydata-nothing-kept = Не пазим ваши отговори, гласове или снимки.
mydata-no-consent = Не сте дали съгласие с уведомлението за поверителност, затова пазя само вашия език.
mydata-answers = 📄 Моите отговори
mydata-export = 📥 Изтегляне на всичките ми данни (файл)
mydata-change-group = Промяна на „Кое ви описва?“
mydata-withdraw = ✋ Оттегляне на съгласието ми
mydata-delete = 🗑 Изтриване на всичките ми данни
mydata-back = ⬅️ Моите данни

## My answers

mydata-answers-title = <b>Моите отговори</b>
mydata-answers-title-paged = <b>Моите отговори</b> · страница { $page } от { $pages }
mydata-answers-none = Още не сте отговаряли на въпросник или допитване.
mydata-answers-finished =
    <b>{ $title }</b>
    Дата на завършване: { DATETIME($date, dateStyle: "long") }
mydata-answers-unfinished =
    <b>{ $title }</b>
    Попълването не е завършено. Последен отговор: { DATETIME($date, dateStyle: "long") }
mydata-answers-polls = <b>Допитвания</b>
mydata-answers-old-form = Тази версия на въпросника вече не се използва, затова въпросите ѝ не могат да се покажат тук. Отговорите ви са във файла с всичките ви данни.
mydata-answer-item =
    <b>{ $question }</b>
    { $answer }
mydata-answer-skipped = (пропуснат)
mydata-answer-photo = 📷 снимка
mydata-answer-date = { DATETIME($date, dateStyle: "long") }
mydata-answer-rating = { $value } (от { $min }, „{ $low }“, до { $max }, „{ $high }“)
mydata-answers-previous = ‹ Предишна страница
mydata-answers-next = Следваща страница ›

## The file with all my data

mydata-export-caption = Всичките ви данни в един файл (JSON). Всеки, който има този файл, може да прочете отговорите ви, затова го пазете на сигурно място.
mydata-export-about = Всичко, което ботът на Одита на интеграцията в град София пази за вас, към деня, в който го поискахте. Кодовете са такива, каквито се съхраняват; текстовете до тях са на вашия език.

## Withdrawing consent

mydata-withdraw-confirm =
    <b>Да оттеглите ли съгласието си?</b>

    След това няма да събираме нищо ново от вас. За да отговаряте отново на въпросника, да гласувате или да изпращате снимки, ще трябва отново да дадете съгласие с уведомлението за поверителност.

    Какво да стане с това, което вече сте ни дали? Изборът е ваш:
    <b>Запазване на отговорите за изследването:</b> отговорите, гласовете и снимките ви остават при екипа на одита. Използват се само в отчети с общи числа и псевдоними. Снимките, показани публично, се свалят. Изтриваме коя група ви описва. Пазим датите, на които дадохте и оттеглихте съгласието си.
    <b>Изтриване на всичко:</b> изтриваме всичките ви отговори, гласове, снимки и истории. Остава само вашият език.
mydata-withdraw-keep = ✋ Оттегляне, отговорите остават за изследването
mydata-withdraw-delete = 🗑 Оттегляне и изтриване на всичко
mydata-withdraw-no = Не, запазвам съгласието си
mydata-withdrawn = Готово. Съгласието ви е оттеглено. Не събираме нищо ново от вас. Досегашните ви отговори остават при екипа на одита. Тук можете по всяко време да ги видите, да ги изтеглите или да ги изтриете.

## Deleting everything

mydata-delete-confirm = Да изтрия ли всичко, което пазя за вас: отговорите ви на въпросници и допитвания, снимките и историите ви, коя група ви описва и съгласието ви? Това не може да бъде отменено. Остава само вашият език, за да мога да ви отговарям.
mydata-delete-yes = Да, изтрийте всичко
mydata-delete-no = Не, запазете данните
mydata-deleted = Готово. Данните ви са изтрити. Пазим само вашия език. Предишните ни съобщения в този чат, с вашите отговори, остават в Telegram, докато не изтриете чата. Винаги сте добре дошли отново.
