## "My data": what the bot keeps about a person, their own answers, the file with all of it,
## withdrawing consent and deleting everything (Ukrainian).

mydata-title = <b>Мої дані</b>
mydata-language = Мова: { $name }
mydata-group = Ви вказали про себе: { $group }
mydata-none = не вказано
mydata-consent = Дата вашої згоди з повідомленням про конфіденційність: { DATETIME($date, dateStyle: "long") }
mydata-consent-withdrawn = Дата відкликання вашої згоди: { DATETIME($date, dateStyle: "long") } Відтоді ми не збираємо від вас нічого нового.
mydata-kept = <b>Що ми зберігаємо</b>
mydata-records =
    { $kind ->
        [finished] Завершені анкети
        [unfinished] Незавершені анкети
        [answers] Відповіді в анкетах
        [votes] Голоси в опитуваннях
        [photos] Фото
        [registrations] Реєстрації на зустрічі
        [subscriptions] Теми оголошень
       *[other] Інші записи
    }: { $count }
mydata-nothing-kept = Ми не зберігаємо ваших відповідей, голосів чи фото.
mydata-no-consent = Ви не погодилися з повідомленням про конфіденційність, тому я зберігаю лише вашу мову.
mydata-answers = 📄 Мої відповіді
mydata-export = 📥 Завантажити всі мої дані (файл)
mydata-change-group = Змінити відповідь «Який варіант вам підходить?»
mydata-withdraw = ✋ Відкликати мою згоду
mydata-delete = 🗑 Видалити всі мої дані
mydata-back = ⬅️ Мої дані

## My answers

mydata-answers-title = <b>Мої відповіді</b>
mydata-answers-title-paged = <b>Мої відповіді</b> · сторінка { $page } з { $pages }
mydata-answers-none = Ви ще не відповідали на анкету чи опитування.
mydata-answers-finished =
    <b>{ $title }</b>
    Дата завершення: { DATETIME($date, dateStyle: "long") }
mydata-answers-unfinished =
    <b>{ $title }</b>
    Заповнення не завершено. Остання відповідь: { DATETIME($date, dateStyle: "long") }
mydata-answers-polls = <b>Опитування</b>
mydata-answers-old-form = Ця версія анкети більше не використовується, тому її запитання не можна показати тут. Ваші відповіді є у файлі з усіма вашими даними.
mydata-answer-item =
    <b>{ $question }</b>
    { $answer }
mydata-answer-skipped = (пропущено)
mydata-answer-photo = 📷 фото
mydata-answer-date = { DATETIME($date, dateStyle: "long") }
mydata-answer-rating = { $value } (від { $min } — «{ $low }» до { $max } — «{ $high }»)
mydata-answers-previous = ‹ Попередня сторінка
mydata-answers-next = Наступна сторінка ›

## The file with all my data

mydata-export-caption = Усі ваші дані в одному файлі (JSON). Будь-хто, у кого є цей файл, може прочитати ваші відповіді, тож зберігайте його в надійному місці.
mydata-export-about = Усе, що бот Аудиту інтеграції міста Софія зберігає про вас, на день вашого запиту. Коди подано так, як вони зберігаються; тексти поруч із ними — вашою мовою.

## Withdrawing consent

mydata-withdraw-confirm =
    <b>Відкликати вашу згоду?</b>

    Після цього ми не збиратимемо від вас нічого нового. Щоб знову відповідати на анкету, голосувати чи надсилати фото, потрібно буде знову погодитися з повідомленням про конфіденційність.

    Що зробити з тим, що ви вже надали? Вибір за вами:
    <b>Залишити мої відповіді для дослідження:</b> ваші відповіді, голоси та фото залишаються в команди аудиту. Їх використовують лише у звітах із загальними цифрами та псевдонімами. Фото, які показано публічно, знімають із показу. Відомості про те, яка група вас описує, видаляємо. Ми зберігаємо дати, коли ви дали й відкликали згоду.
    <b>Видалити все:</b> усі ваші відповіді, голоси, фото та історії видаляємо. Залишається лише ваша мова.
mydata-withdraw-keep = ✋ Відкликати, відповіді залишити для дослідження
mydata-withdraw-delete = 🗑 Відкликати й видалити все
mydata-withdraw-no = Ні, згода залишається
mydata-withdrawn = Готово. Вашу згоду відкликано. Ми не збираємо від вас нічого нового. Ваші попередні відповіді залишаються в команди аудиту. Тут ви й надалі можете їх переглянути, завантажити або видалити.

## Deleting everything

mydata-delete-confirm = Видалити все, що я зберігаю про вас: відповіді на анкети й опитування, фото та історії, яка група вас описує, і вашу згоду? Це не можна скасувати. Залишиться лише ваша мова, щоб бот міг вам відповідати.
mydata-delete-yes = Так, видалити все
mydata-delete-no = Ні, залишити
mydata-deleted = Готово. Ваші дані видалено. Збережено лише вашу мову. Наші попередні повідомлення в цьому чаті, з вашими відповідями, залишаються в Telegram, доки ви не видалите чат. Повертайтеся будь-коли, ми будемо раді.
